package org.workershome.core.org;

/** Level of a union org in the tree. */
@org.springframework.modulith.NamedInterface("org")
public enum OrgType {
    NATIONAL, PROVINCIAL, CITY, COUNTY, GRASSROOTS
}

package org.workershome.core.org;

/** Level of a union org in the tree. */
public enum OrgType {
    NATIONAL, PROVINCIAL, CITY, COUNTY, GRASSROOTS
}

package org.workershome.core.org;

/** The four industries of the union. */
@org.springframework.modulith.NamedInterface("org")
public enum Industry {
    AGRICULTURE, FORESTRY, WATER_CONSERVANCY, METEOROLOGY
}

package org.workershome.core.org;

/** The four industries of the union. */
public enum Industry {
    AGRICULTURE, FORESTRY, WATER_CONSERVANCY, METEOROLOGY
}

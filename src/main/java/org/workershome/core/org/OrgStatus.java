package org.workershome.core.org;

public enum OrgStatus {
    ACTIVE, CLOSED
}

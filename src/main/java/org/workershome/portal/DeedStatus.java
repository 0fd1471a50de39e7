package org.workershome.portal;

public enum DeedStatus {
    NOMINATED, APPROVED, REJECTED
}

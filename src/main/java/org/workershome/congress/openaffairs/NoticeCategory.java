package org.workershome.congress.openaffairs;

/** Categories of open-affairs notices (厂务公开). */
public enum NoticeCategory { FINANCE, WELFARE, SAFETY, APPOINTMENTS, WAGES, OTHER }

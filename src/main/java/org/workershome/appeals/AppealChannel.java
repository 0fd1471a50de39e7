package org.workershome.appeals;

/** How the appeal reached the union. HOTLINE (12351), VISIT and LETTER are recorded by a cadre. */
public enum AppealChannel {
    WEB, APP, HOTLINE, VISIT, LETTER
}

package org.workershome.noticeboard;

/** A notice was posted on an org's board: the module's past-tense event. */
public record NoticePosted(Long orgId, String title) {}

package org.workershome.portal;

/** Where an article stands in the editorial workflow. A published article whose time lies ahead is scheduled. */
public enum ArticleStatus {
    DRAFT, SUBMITTED, PUBLISHED, WITHDRAWN
}

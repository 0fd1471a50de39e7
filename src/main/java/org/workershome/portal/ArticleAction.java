package org.workershome.portal;

/** Steps of the editorial workflow; EDIT keeps the status and records a revision. */
public enum ArticleAction {
    SUBMIT, RETURN, PUBLISH, WITHDRAW, EDIT
}

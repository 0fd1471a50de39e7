package org.workershome.suggestions.craftsman;

/** What is done to a nomination; ENDORSE, OBJECT, DISMISS and INCENTIVE are recorded without a change of state. */
public enum CraftsmanAction {
    NOMINATE, ENDORSE, ENDORSED, APPROVE, REJECT, OBJECT, DISMISS, UPHOLD, AWARD, TERM_ENDED, RENEW, EXPIRE, INCENTIVE
}

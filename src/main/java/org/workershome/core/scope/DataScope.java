package org.workershome.core.scope;

/** How much of the org tree an account sees (after RuoYi's data-scope levels). */
public enum DataScope {
    /** Everything. */
    ALL,
    /** Its own org and everything below it. */
    ORG_AND_SUBTREE,
    /** Its own org only. */
    ORG,
    /** Only records about its own member. */
    SELF
}

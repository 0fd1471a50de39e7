package org.workershome.core.scope;

/** What the data-scope mechanism needs to know about the signed-in account. */
public interface ScopedPrincipal {

    Long accountId();

    Long orgId();

    /** The member this account belongs to, or null. */
    Long memberId();

    DataScope dataScope();
}

package org.workershome.appeals;

import java.util.Optional;

import org.workershome.core.account.CurrentUser;

/**
 * What another module offers on an appeal's page (a button "open a labour dispute", or a link to the one opened): a
 * bean of that module, asked for each page the appeal's handler opens; it decides who may, appeals only shows it.
 */
@org.springframework.modulith.NamedInterface("cases")
public interface AppealCaseLinks {

    /** A button or link: its label's message key and where it goes. */
    @org.springframework.modulith.NamedInterface("cases")
    record Link(String labelKey, String href) {}

    Optional<Link> linkFor(CurrentUser handler, AppealCases.Case appeal);
}

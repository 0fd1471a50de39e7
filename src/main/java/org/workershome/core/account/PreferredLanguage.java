package org.workershome.core.account;

import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The language an account's user chose on the pages (the {@code ?lang=} switch), kept on the account so that what
 * is written to them later — e-mails of notifications — is in that language too.
 */
@Component
@org.springframework.modulith.NamedInterface("account")
public class PreferredLanguage {

    private final JdbcTemplate jdbc;

    PreferredLanguage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the choice; writes only when it changed. */
    public void remember(Long accountId, Locale locale) {
        String tag = "en".equals(locale.getLanguage()) ? "en" : "zh-CN";
        jdbc.update("update account set preferred_language = ? where id = ? and preferred_language <> ?", tag, accountId, tag);
    }

}

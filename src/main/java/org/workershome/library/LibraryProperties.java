package org.workershome.library;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the e-library, under {@code workers-home.library.*}. */
@ConfigurationProperties("workers-home.library")
public record LibraryProperties(
        /** The largest book file a librarian may upload (the multipart cap in application.yml is 60 MB). */
        @DefaultValue("52428800") long maxBookBytes,
        /** The most characters of a book's text kept for the full-text index. */
        @DefaultValue("200000") int indexedTextChars,
        /** Entries per page of the catalogue and of an OPDS acquisition feed. */
        @DefaultValue("20") int pageSize) {
}

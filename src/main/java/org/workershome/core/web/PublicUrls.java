package org.workershome.core.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workershome.core.WorkersHomeProperties;

/**
 * Absolute addresses for what leaves the site — a QR code on a printed certificate or agreement: under the configured
 * public address ({@code workers-home.base-url}), else the one the current request came to.
 */
@org.springframework.modulith.NamedInterface("urls")
public final class PublicUrls {

    private PublicUrls() {}

    /** The absolute address of {@code path} (starting with "/"). */
    public static String of(WorkersHomeProperties properties, String path) {
        String base = properties.baseUrl().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
                : properties.baseUrl().replaceAll("/+$", "");
        return base + path;
    }
}

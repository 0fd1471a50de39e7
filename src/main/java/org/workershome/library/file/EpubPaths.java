package org.workershome.library.file;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Paths inside an EPUB, resolved the one safe way: an {@code href} of a chapter (or the OPF) is resolved against
 * the directory of the entry that holds it, percent-decoded, and normalised; anything that would leave the
 * container's root ({@code ../../etc/passwd}), is absolute, names a scheme ({@code http:}, {@code file:}) or holds
 * a backslash or NUL is refused. Nothing here touches a file system: entries are looked up in the zip's own list,
 * so even a resolved path can only name an entry of this book (no zip-slip).
 */
public final class EpubPaths {

    private EpubPaths() {}

    /** The entry {@code href} names, seen from the entry {@code from} (e.g. {@code OEBPS/text/ch1.xhtml}). */
    public static Optional<String> resolve(String from, String href) {
        if (href == null || href.isBlank()) {
            return Optional.empty();
        }
        String h = href;
        int cut = indexOfAny(h, '#', '?');
        if (cut >= 0) {
            h = h.substring(0, cut);
        }
        try {
            h = URLDecoder.decode(h.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (h.isEmpty() || h.startsWith("/") || h.indexOf('\\') >= 0 || h.indexOf('\0') >= 0
                || h.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return Optional.empty();
        }
        String base = from == null || from.lastIndexOf('/') < 0 ? "" : from.substring(0, from.lastIndexOf('/') + 1);
        return normalise(base + h);
    }

    /** The path without {@code .} and {@code ..} steps; empty if it climbs above the root. */
    public static Optional<String> normalise(String path) {
        if (path == null || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Deque<String> steps = new ArrayDeque<>();
        for (String step : path.split("/", -1)) {
            if (step.isEmpty() || step.equals(".")) {
                continue;
            }
            if (step.equals("..")) {
                if (steps.isEmpty()) {
                    return Optional.empty();
                }
                steps.removeLast();
            } else {
                steps.addLast(step);
            }
        }
        return steps.isEmpty() ? Optional.empty() : Optional.of(String.join("/", steps));
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}

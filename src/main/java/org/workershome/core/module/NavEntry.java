package org.workershome.core.module;

/**
 * An entry of the main navigation: the message key of its label, the path it opens, the permission a user needs to
 * see it ({@code null}: every signed-in user) and its place ({@link #order()} ascending, core's entries first).
 */
public record NavEntry(String labelKey, String path, String permission, int order) {

    public static NavEntry forEveryone(String labelKey, String path, int order) {
        return new NavEntry(labelKey, path, null, order);
    }

    public static NavEntry requiring(String permission, String labelKey, String path, int order) {
        return new NavEntry(labelKey, path, permission, order);
    }
}

package org.workershome.core.files;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a module declares once for each kind of record that carries files: the target type stored with each
 * file ({@code "appeal"}), the upload check (allowed types, size), how many files one record may carry, whether
 * the bytes are encrypted at rest, and the lookup of a record by id <em>through the module's scoped
 * repository</em>: a record the caller may not see is empty there, so its files are 404 too.
 */
public record AttachmentKind(String targetType, UploadCheck check, int maxPerTarget, boolean encrypted,
        Lookup lookup) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9.-]{0,39}");

    /** The record with this id if the caller may read it, e.g. {@code id -> appeals.findById(id).map(…)}. */
    @FunctionalInterface
    public interface Lookup {
        Optional<AttachmentTarget> find(long targetId);
    }

    public AttachmentKind {
        if (targetType == null || !TYPE.matcher(targetType).matches()) {
            throw new IllegalArgumentException("target type must be lower-case, at most 40 characters: " + targetType);
        }
        if (check == null || lookup == null || maxPerTarget < 1) {
            throw new IllegalArgumentException("an attachment kind needs a check, a lookup and a limit");
        }
    }

    /** Files stored as they are. */
    public static AttachmentKind of(String targetType, UploadCheck check, int maxPerTarget, Lookup lookup) {
        return new AttachmentKind(targetType, check, maxPerTarget, false, lookup);
    }

    /** The same kind, its bytes encrypted at rest with the personal-data key (health, income, identity papers). */
    public AttachmentKind encryptedAtRest() {
        return new AttachmentKind(targetType, check, maxPerTarget, true, lookup);
    }
}

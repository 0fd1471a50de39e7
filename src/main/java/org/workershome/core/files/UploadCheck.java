package org.workershome.core.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.error.InvalidInput;

/**
 * Judges an upload by its content (magic bytes), never by its name or the browser's Content-Type: a text file
 * renamed {@code .png} is refused. Failures are {@link InvalidInput} on the field {@code file}. A picture that
 * passes comes back without its metadata ({@link ImageMetadata}: no EXIF GPS position reaches the store), so
 * every module that stores what it checked stores it clean.
 */
public final class UploadCheck {

    public static final String FIELD = "file";
    public static final long TEN_MB = 10L * 1024 * 1024;

    /** The kinds of file an upload may be, each with how its content begins. */
    public enum FileType {
        JPEG("image/jpeg"), PNG("image/png"), GIF("image/gif"), WEBP("image/webp"), PDF("application/pdf"), MP4("video/mp4");

        private final String contentType;

        FileType(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }

        boolean matches(byte[] b) {
            return switch (this) {
                case JPEG -> startsWith(b, 0, 0xFF, 0xD8, 0xFF);
                case PNG -> startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
                case GIF -> startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a');
                case WEBP -> startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P');
                case PDF -> startsWith(b, 0, '%', 'P', 'D', 'F', '-');
                case MP4 -> startsWith(b, 4, 'f', 't', 'y', 'p'); // ISO base media: a box of type "ftyp" first
            };
        }

        private static boolean startsWith(byte[] content, int offset, int... magic) {
            if (content.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((content[offset + i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    public static final Set<FileType> IMAGES = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.GIF, FileType.WEBP);
    public static final Set<FileType> IMAGES_AND_PDF = EnumSet.of(FileType.JPEG, FileType.PNG, FileType.GIF,
            FileType.WEBP, FileType.PDF);

    /** An upload that passed: its (cleaned) original name, its type as found in the content, and the bytes (a picture's without metadata). */
    public record Upload(String fileName, FileType type, byte[] content) {
        public long size() {
            return content.length;
        }
    }

    private final Set<FileType> allowed;
    private final long maxBytes;

    private UploadCheck(Set<FileType> allowed, long maxBytes) {
        this.allowed = Set.copyOf(allowed);
        this.maxBytes = maxBytes;
    }

    public static UploadCheck of(Set<FileType> allowed, long maxBytes) {
        return new UploadCheck(allowed, maxBytes);
    }

    /** The type of this content if it is one of the allowed ones. */
    public Optional<FileType> typeOf(byte[] content) {
        return allowed.stream().filter(t -> t.matches(content)).findFirst();
    }

    public Upload check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.field(FIELD, "upload.error.noFile");
        }
        if (content.length > maxBytes) {
            throw InvalidInput.field(FIELD, "upload.error.tooLarge");
        }
        FileType type = typeOf(content).orElseThrow(() -> InvalidInput.field(FIELD, "upload.error.type"));
        return new Upload(cleanName(fileName, type), type, ImageMetadata.strip(type, content));
    }

    public Upload check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInput.field(FIELD, "upload.error.noFile");
        }
        if (file.getSize() > maxBytes) {
            throw InvalidInput.field(FIELD, "upload.error.tooLarge");
        }
        try {
            return check(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The name to show and offer on download: no directories, no control characters, at most 200 characters
     * (the column's width); never used on disk.
     */
    static String cleanName(String original, FileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "file." + type.name().toLowerCase(java.util.Locale.ROOT).replace("jpeg", "jpg");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

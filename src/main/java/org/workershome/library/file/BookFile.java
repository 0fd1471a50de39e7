package org.workershome.library.file;


/**
 * An uploaded book file that passed the content check, with what was read from it: its metadata (EPUB OPF or
 * PDF document information), how many parts (EPUB spine chapters, PDF pages), its plain text for the index
 * (cut at the configured length) and its cover picture, if any.
 */
public record BookFile(BookFormat format, String fileName, byte[] content, String sha256, Metadata metadata,
        int parts, String text, Cover cover) {

    /** Metadata as found; every field but the title may be null. */
    public record Metadata(String title, String author, String publisher, String isbn, String language, Integer year) {}

    /** A cover picture, its type found from its content. */
    public record Cover(byte[] content, String contentType) {}

    public long size() {
        return content.length;
    }
}

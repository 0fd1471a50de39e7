package org.workershome.library.file;

/** What a book file is, as its content showed at upload. */
public enum BookFormat {
    EPUB("application/epub+zip", "epub"), PDF("application/pdf", "pdf");

    private final String contentType;
    private final String extension;

    BookFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}

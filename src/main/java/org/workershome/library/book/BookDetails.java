package org.workershome.library.book;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A book's editable metadata, as the edit form sends it; {@link #from} fills the form. */
public record BookDetails(
        @NotBlank(message = "{library.title.required}") @Size(max = 300, message = "{library.title.tooLong}") String title,
        @Size(max = 200, message = "{library.author.tooLong}") String author,
        @Size(max = 200, message = "{library.publisher.tooLong}") String publisher,
        @Pattern(regexp = "^$|97[89]\\d{10}|\\d{9}[\\dX]", message = "{library.isbn.invalid}") String isbn,
        @Min(value = 1000, message = "{library.year.invalid}") @Max(value = 2100, message = "{library.year.invalid}") Integer year,
        @Size(max = 4000, message = "{library.description.tooLong}") String description,
        @NotNull(message = "{library.category.required}") BookCategory category,
        @Size(max = 500, message = "{library.tags.tooLong}") String tags) {

    public static BookDetails from(Book book) {
        return new BookDetails(book.getTitle(), book.getAuthor(), book.getPublisher(), book.getIsbn(),
                book.getPublishedYear(), book.getDescription(), book.getCategory(), book.getTags());
    }

    /** Blank optional fields as null. */
    BookDetails trimmed() {
        return new BookDetails(title.strip(), blank(author), blank(publisher), blank(isbn), year, blank(description),
                category, blank(tags));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

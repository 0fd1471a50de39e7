package org.workershome.library.opds;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.workershome.library.book.Book;

/**
 * One OPDS 1.2 feed (Atom) written with the JDK's StAX writer, so every text and attribute is escaped by the
 * writer, not by hand. Navigation and acquisition feeds differ in their entries and their profile's kind.
 */
final class OpdsFeed {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation";
    static final String ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    static final String OPENSEARCH = "application/opensearchdescription+xml";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    OpdsFeed(String id, String title, Instant updated, String self, String selfType) {
        try {
            xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeNamespace("dc", "http://purl.org/dc/terms/");
            xml.writeNamespace("opds", "http://opds-spec.org/2010/catalog");
            text("id", id);
            text("title", title);
            text("updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            xml.writeStartElement("author");
            text("name", title);
            xml.writeEndElement();
            link("self", self, selfType, null);
            link("start", "/opds", NAVIGATION, null);
            link("search", "/opds/search.xml", OPENSEARCH, null);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    OpdsFeed link(String rel, String href, String type, String title) {
        try {
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", rel);
            xml.writeAttribute("href", href);
            xml.writeAttribute("type", type);
            if (title != null) {
                xml.writeAttribute("title", title);
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** A navigation entry: a link to another feed. */
    OpdsFeed navigation(String id, String title, String summary, String href, String type, Instant updated) {
        try {
            xml.writeStartElement("entry");
            text("id", id);
            text("title", title);
            text("updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            if (summary != null) {
                text("content", summary);
            }
            link("subsection", href, type, null);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** An acquisition entry: a book with its download, cover and thumbnail links. */
    OpdsFeed book(Book b, String categoryLabel) {
        try {
            xml.writeStartElement("entry");
            text("id", "urn:workershome:library:book:" + b.getId());
            text("title", b.getTitle());
            text("updated", DateTimeFormatter.ISO_INSTANT.format(b.getUpdatedAt()));
            if (b.getAuthor() != null) {
                xml.writeStartElement("author");
                text("name", b.getAuthor());
                xml.writeEndElement();
            }
            if (b.getLanguage() != null) {
                xml.writeStartElement("dc", "language", "http://purl.org/dc/terms/");
                xml.writeCharacters(b.getLanguage());
                xml.writeEndElement();
            }
            if (b.getPublisher() != null) {
                xml.writeStartElement("dc", "publisher", "http://purl.org/dc/terms/");
                xml.writeCharacters(b.getPublisher());
                xml.writeEndElement();
            }
            if (b.getPublishedYear() != null) {
                xml.writeStartElement("dc", "issued", "http://purl.org/dc/terms/");
                xml.writeCharacters(String.valueOf(b.getPublishedYear()));
                xml.writeEndElement();
            }
            if (b.getIsbn() != null) {
                xml.writeStartElement("dc", "identifier", "http://purl.org/dc/terms/");
                xml.writeCharacters("urn:isbn:" + b.getIsbn());
                xml.writeEndElement();
            }
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", b.getCategory().name());
            xml.writeAttribute("label", categoryLabel);
            if (b.getDescription() != null) {
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(b.getDescription());
                xml.writeEndElement();
            }
            String base = "/opds/books/" + b.getId();
            link("http://opds-spec.org/acquisition", base + "/file", b.getFormat().contentType(), null);
            if (b.hasCover()) {
                link("http://opds-spec.org/image", base + "/cover", b.getCoverType(), null);
                link("http://opds-spec.org/image/thumbnail", base + "/cover", b.getCoverType(), null);
            }
            link("alternate", "/library/books/" + b.getId(), "text/html", null);
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private void text(String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }
}

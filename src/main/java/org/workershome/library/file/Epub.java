package org.workershome.library.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An EPUB container read into memory: the zip's entries, its package document (OPF) with metadata, manifest and
 * spine. {@link #open} refuses what is not an EPUB: a zip whose first entry is not {@code mimetype} holding
 * {@code application/epub+zip}, without {@code META-INF/container.xml}, or whose OPF is missing or broken. The
 * whole archive may expand to at most {@link #MAX_EXPANDED} bytes and {@link #MAX_ENTRIES} entries (a zip bomb
 * stops there). Entries are only ever looked up by name in this map: a path never reaches the disk.
 */
public final class Epub {

    public static final String MIMETYPE = "application/epub+zip";
    static final long MAX_EXPANDED = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 5000;
    private static final String DC = "http://purl.org/dc/elements/1.1/";

    /** A manifest item: its zip path, media type and properties (e.g. {@code cover-image nav}). */
    public record Item(String id, String path, String mediaType, String properties) {}

    /** Why a file is not an EPUB, as a message key. */
    public static final class NotAnEpub extends Exception {
        private final String messageKey;

        NotAnEpub(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Map<String, byte[]> entries;
    private final String opfPath;
    private final Element metadata;
    private final Map<String, Item> manifest;
    private final List<Item> spine;

    private Epub(Map<String, byte[]> entries, String opfPath, Element metadata, Map<String, Item> manifest, List<Item> spine) {
        this.entries = entries;
        this.opfPath = opfPath;
        this.metadata = metadata;
        this.manifest = manifest;
        this.spine = spine;
    }

    public static Epub open(byte[] content) throws NotAnEpub {
        Map<String, byte[]> entries = unzip(content);
        Document container = xml(entries.get("META-INF/container.xml"));
        if (container == null) {
            throw new NotAnEpub("library.upload.error.epubContainer");
        }
        NodeList rootfiles = container.getElementsByTagNameNS("*", "rootfile");
        String opfPath = null;
        for (int i = 0; i < rootfiles.getLength() && opfPath == null; i++) {
            String path = ((Element) rootfiles.item(i)).getAttribute("full-path");
            opfPath = EpubPaths.normalise(path).filter(entries::containsKey).orElse(null);
        }
        Document opf = opfPath == null ? null : xml(entries.get(opfPath));
        if (opf == null) {
            throw new NotAnEpub("library.upload.error.epubPackage");
        }
        Element metadata = first(opf.getDocumentElement(), "metadata");
        Map<String, Item> manifest = new LinkedHashMap<>();
        NodeList items = opf.getElementsByTagNameNS("*", "item");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            String from = opfPath;
            EpubPaths.resolve(from, item.getAttribute("href")).filter(entries::containsKey).ifPresent(path ->
                    manifest.put(item.getAttribute("id"), new Item(item.getAttribute("id"), path,
                            item.getAttribute("media-type"), item.getAttribute("properties"))));
        }
        List<Item> spine = new ArrayList<>();
        NodeList refs = opf.getElementsByTagNameNS("*", "itemref");
        for (int i = 0; i < refs.getLength(); i++) {
            Item item = manifest.get(((Element) refs.item(i)).getAttribute("idref"));
            if (item != null && item.mediaType().contains("html")) {
                spine.add(item);
            }
        }
        if (metadata == null || spine.isEmpty()) {
            throw new NotAnEpub("library.upload.error.epubPackage");
        }
        return new Epub(entries, opfPath, metadata, manifest, spine);
    }

    private static Map<String, byte[]> unzip(byte[] content) throws NotAnEpub {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long expanded = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (entries.isEmpty() && !entry.getName().equals("mimetype")) {
                    throw new NotAnEpub("library.upload.error.epubMimetype");
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new NotAnEpub("library.upload.error.epubTooLarge");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    expanded += n;
                    if (expanded > MAX_EXPANDED) {
                        throw new NotAnEpub("library.upload.error.epubTooLarge");
                    }
                    out.write(buffer, 0, n);
                }
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new NotAnEpub("library.upload.error.type");
        }
        byte[] mimetype = entries.get("mimetype");
        if (mimetype == null || !new String(mimetype, StandardCharsets.US_ASCII).strip().equals(MIMETYPE)) {
            throw new NotAnEpub(entries.isEmpty() ? "library.upload.error.type" : "library.upload.error.epubMimetype");
        }
        return entries;
    }

    /** Parsed without DTDs or external entities: a package document cannot make the server fetch anything. */
    static Document xml(byte[] content) {
        if (content == null) {
            return null;
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            try (InputStream in = new ByteArrayInputStream(content)) {
                return builder.parse(in);
            }
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    private static Element first(Element parent, String localName) {
        NodeList list = parent.getElementsByTagNameNS("*", localName);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** The texts of a Dublin Core element of the metadata, in order. */
    public List<String> dc(String name) {
        List<String> values = new ArrayList<>();
        NodeList list = metadata.getElementsByTagNameNS(DC, name);
        for (int i = 0; i < list.getLength(); i++) {
            String text = list.item(i).getTextContent();
            if (text != null && !text.isBlank()) {
                values.add(text.strip().replaceAll("\\s+", " "));
            }
        }
        return values;
    }

    /** ISBN from {@code dc:identifier}: {@code urn:isbn:…}, an {@code opf:scheme="ISBN"} one, or 10/13 digits. */
    public Optional<String> isbn() {
        NodeList list = metadata.getElementsByTagNameNS(DC, "identifier");
        for (int i = 0; i < list.getLength(); i++) {
            Element id = (Element) list.item(i);
            String text = id.getTextContent().strip();
            String scheme = id.getAttributeNS("http://www.idpf.org/2007/opf", "scheme");
            String digits = text.replaceFirst("(?i)^urn:isbn:", "").replaceFirst("(?i)^isbn:?", "").replace("-", "").strip();
            if (text.toLowerCase().startsWith("urn:isbn:") || "ISBN".equalsIgnoreCase(scheme)
                    || digits.matches("97[89]\\d{10}|\\d{9}[\\dXx]")) {
                if (digits.matches("97[89]\\d{10}|\\d{9}[\\dXx]")) {
                    return Optional.of(digits.toUpperCase());
                }
            }
        }
        return Optional.empty();
    }

    /** The cover picture's item: EPUB 3 {@code properties="cover-image"}, else EPUB 2 {@code <meta name="cover">}. */
    public Optional<Item> coverItem() {
        Optional<Item> epub3 = manifest.values().stream()
                .filter(i -> (" " + i.properties() + " ").contains(" cover-image ")).findFirst();
        if (epub3.isPresent()) {
            return epub3;
        }
        NodeList metas = metadata.getElementsByTagNameNS("*", "meta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element meta = (Element) metas.item(i);
            if ("cover".equals(meta.getAttribute("name")) && manifest.containsKey(meta.getAttribute("content"))) {
                return Optional.of(manifest.get(meta.getAttribute("content")));
            }
        }
        return Optional.empty();
    }

    public List<Item> spine() {
        return List.copyOf(spine);
    }

    /** The entry at this path if the manifest lists it (what a chapter may link to), else empty. */
    public Optional<Item> manifestItem(String path) {
        return manifest.values().stream().filter(i -> i.path().equals(path)).findFirst();
    }

    public Optional<byte[]> entry(String path) {
        return Optional.ofNullable(entries.get(path));
    }

    public String opfPath() {
        return opfPath;
    }
}

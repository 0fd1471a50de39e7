package org.workershome.core.files;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way a stored file leaves the application: always as a download ({@code attachment}, so no uploaded
 * PDF or picture is rendered as a page of ours), typed by what its content was found to be, never sniffed by the
 * browser, never kept in a cache (files carry personal data), and named by the original name only.
 */
public final class DownloadResponse {

    private DownloadResponse() {}

    public static ResponseEntity<Resource> of(String fileName, String contentType, long size, InputStream content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(contentType))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(content));
    }

    /**
     * RFC 6266: a plain ASCII {@code filename} for old clients (other characters become {@code _}) and the real
     * name as {@code filename*=UTF-8''…} percent-encoded per RFC 5987, which every current browser prefers.
     * (Spring's {@code ContentDisposition} writes an RFC 2047 encoded word into {@code filename}, which RFC 6266
     * says not to.)
     */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}

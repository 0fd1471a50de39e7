package org.workershome.core.files;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.error.NotFound;
import org.workershome.core.scope.Scopes;

/**
 * A file of a record shown in the page rather than downloaded: a lesson's video or PDF. The body is a re-openable
 * {@link Resource} of known length, so Spring MVC answers a {@code Range:} request with 206 and only those bytes — a
 * phone on 2G seeks in a video or resumes it without fetching it again from the start. Same visibility as
 * {@link AttachmentManagement#download}: the kind's lookup decides.
 */
@Component
public class AttachmentStreams {

    private final AttachmentManagement management;
    private final Attachments attachments;

    AttachmentStreams(AttachmentManagement management, Attachments attachments) {
        this.management = management;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public ResponseEntity<Resource> inline(AttachmentKind kind, long targetId, long attachmentId) {
        AttachmentTarget target = kind.lookup().find(targetId).orElseThrow(NotFound.of(kind.targetType(), targetId));
        Attachment attachment = Scopes.asSystem(() -> attachments.findByIdAndTargetTypeAndTargetId(attachmentId,
                kind.targetType(), target.id())).orElseThrow(NotFound.of("attachment", attachmentId));
        Resource body = new AbstractResource() {
            @Override
            public String getDescription() {
                return "attachment " + attachment.getId();
            }

            @Override
            public InputStream getInputStream() {
                return management.content(attachment);
            }

            @Override
            public long contentLength() {
                return attachment.getSizeBytes();
            }

            @Override
            public String getFilename() {
                return attachment.getFileName();
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=86400")
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .body(body);
    }
}

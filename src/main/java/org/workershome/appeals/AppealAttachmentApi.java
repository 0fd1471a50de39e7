package org.workershome.appeals;

import java.net.URI;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.Attachment;

/** Files of an appeal for mobile clients: multipart upload (field {@code file}) and download. */
@RestController
@RequestMapping("/api/v1/appeals/{trackingNo}/attachments")
class AppealAttachmentApi {

    private final AppealAttachmentManagement attachments;

    AppealAttachmentApi(AppealAttachmentManagement attachments) {
        this.attachments = attachments;
    }

    /** What a client sees of a file: never who added it. */
    record AttachmentView(Long id, String fileName, String contentType, long size) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes());
        }
    }

    @PostMapping
    ResponseEntity<AttachmentView> add(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo,
            @RequestParam(name = "file", required = false) MultipartFile file) {
        Attachment added = attachments.add(user, trackingNo, file);
        return ResponseEntity.created(URI.create("/api/v1/appeals/" + trackingNo + "/attachments/" + added.getId()))
                .body(AttachmentView.of(added));
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable String trackingNo, @PathVariable long id) {
        return attachments.download(trackingNo, id);
    }
}

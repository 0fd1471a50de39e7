package org.workershome.appeals;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.error.InvalidInput;

/** Adding a file on an appeal's page, and downloading its files. */
@Controller
@RequestMapping("/appeals/{trackingNo:SQ[0-9-]+}/attachments")
class AppealAttachmentController {

    private final AppealAttachmentManagement attachments;

    AppealAttachmentController(AppealAttachmentManagement attachments) {
        this.attachments = attachments;
    }

    @PostMapping
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
        try {
            attachments.add(user, trackingNo, file);
            return "redirect:/appeals/" + trackingNo + "?attached#attachments";
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("attachmentError", e.fieldErrors().get(UploadCheck.FIELD));
            return "redirect:/appeals/" + trackingNo + "#attachments";
        }
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable String trackingNo, @PathVariable long id) {
        return attachments.download(trackingNo, id);
    }
}

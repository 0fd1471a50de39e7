package org.workershome.appeals;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** Adding a file on an appeal's page, and downloading its files. */
@Controller
@RequestMapping("/appeals/{trackingNo:SQ[0-9-]+}/attachments")
class AppealAttachmentController {

    private final AppealAttachmentManagement attachments;
    private final AppealManagement management;
    private final AppealDetailPage detailPage;
    private final Forms forms;

    AppealAttachmentController(AppealAttachmentManagement attachments, AppealManagement management,
            AppealDetailPage detailPage, Forms forms) {
        this.attachments = attachments;
        this.management = management;
        this.detailPage = detailPage;
        this.forms = forms;
    }

    /** A refused file (its type, its size, a closed appeal) shows the appeal's page again with the reason. */
    @PostMapping
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String trackingNo,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model) {
        return forms.submit(model, () -> {
            attachments.add(user, trackingNo, file);
            return "redirect:/appeals/" + trackingNo + "?attached#attachments";
        }, () -> detailPage.show(user, management.get(trackingNo), model));
    }

    @GetMapping("/{id}")
    ResponseEntity<Resource> download(@PathVariable String trackingNo, @PathVariable long id) {
        return attachments.download(trackingNo, id);
    }
}

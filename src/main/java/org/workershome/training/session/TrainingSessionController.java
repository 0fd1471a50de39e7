package org.workershome.training.session;

import java.util.List;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import org.workershome.core.files.AttachmentManagement;
import org.workershome.core.files.UploadCheck;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.form.Forms;
import org.workershome.core.web.QrSvg;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.training.TrainingModule;
import org.workershome.training.course.CourseManagement;

/** Offline sessions: list, form, page (registration, attendance), the trainer's QR codes and the scanned check. */
@Controller
@RequestMapping("/training/sessions")
class TrainingSessionController {

    private final TrainingSessionManagement sessions;
    private final CourseManagement courses;
    private final SignInLinks links;
    private final IdempotentSubmissions submissions;
    private final Access access;
    private final Forms forms;
    private final WorkersHomeProperties properties;
    private final AttachmentManagement attachments;
    private final SessionMaterials materials;

    TrainingSessionController(TrainingSessionManagement sessions, CourseManagement courses, SignInLinks links,
            IdempotentSubmissions submissions, Access access, Forms forms, WorkersHomeProperties properties,
            AttachmentManagement attachments, SessionMaterials materials) {
        this.attachments = attachments;
        this.materials = materials;
        this.sessions = sessions;
        this.courses = courses;
        this.links = links;
        this.submissions = submissions;
        this.access = access;
        this.forms = forms;
        this.properties = properties;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("sessions", sessions.list());
        model.addAttribute("mayOrganise", access.may(user, TrainingModule.MANAGE, user.orgId()));
        return "training/sessions";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long courseId,
            Model model) {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        return form(SessionForm.blank(courseId), model);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SessionForm form,
            BindingResult binding, Model model) {
        access.require(user, TrainingModule.MANAGE, user.orgId());
        return forms.submit(binding, model, () -> {
            TrainingSession created = submissions.submit(form.requestToken(), "training.session.create",
                    () -> sessions.create(user, user.orgId(), form.toDraft()), TrainingSession::getId,
                    key -> Optional.of(sessions.get(Long.valueOf(key)))).value();
            return "redirect:/training/sessions/" + created.getId();
        }, () -> form(form, model));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        TrainingSession session = sessions.get(id);
        boolean organiser = sessions.organises(user, session);
        model.addAttribute("ts", session);
        model.addAttribute("organiser", organiser);
        model.addAttribute("place", sessions.placeOf(user, id).orElse(null));
        model.addAttribute("counts", sessions.counts(session));
        model.addAttribute("course", session.getCourseId() == null ? null
                : courses.visible(session.getCourseId()).orElse(null));
        model.addAttribute("files", materials.of(id));
        if (organiser) {
            model.addAttribute("roster", sessions.roster(id));
        }
        return "training/session";
    }

    @PostMapping("/{id}/materials")
    String addMaterials(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = UploadCheck.FIELD, required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> materials.add(user, id, files), "training.session.materialsAdded",
                "/training/sessions/" + id, () -> detail(user, id, model));
    }

    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<Resource> material(@PathVariable Long id, @PathVariable Long fileId) {
        return attachments.download(materials.kind(), id, fileId);
    }

    @PostMapping("/{id}/registration")
    String register(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> sessions.register(user, id), "training.session.registered",
                "/training/sessions/" + id, () -> detail(user, id, model));
    }

    @PostMapping("/{id}/cancellation")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> sessions.cancel(user, id), "training.session.cancelled",
                "/training/sessions/" + id, () -> detail(user, id, model));
    }

    /** The trainer's page at the venue: the sign-in and sign-out codes, renewed before their links expire. */
    @GetMapping("/{id}/qr")
    String qr(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        TrainingSession session = sessions.get(id);
        access.require(user, TrainingModule.MANAGE, session.getOrgId());
        model.addAttribute("ts", session);
        model.addAttribute("signIn", QrSvg.of(absolute(links.path(id, SignInLinks.Mode.IN)), 288, "session-qr"));
        model.addAttribute("signOut", QrSvg.of(absolute(links.path(id, SignInLinks.Mode.OUT)), 288, "session-qr-out"));
        return "training/session-qr";
    }

    /** What the worker's phone opens from a code: a button to confirm (a GET changes nothing). */
    @GetMapping("/{id}/check")
    String checkPage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam SignInLinks.Mode mode, @RequestParam long exp, @RequestParam String sig, Model model) {
        model.addAttribute("ts", sessions.get(id));
        model.addAttribute("mode", mode);
        model.addAttribute("exp", exp);
        model.addAttribute("sig", sig);
        model.addAttribute("valid", links.valid(id, mode, exp, sig));
        return "training/session-check";
    }

    @PostMapping("/{id}/check")
    String check(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam SignInLinks.Mode mode, @RequestParam long exp, @RequestParam String sig, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            if (!links.valid(id, mode, exp, sig)) {
                throw new Conflict("training.session.error.linkExpired");
            }
            sessions.check(user, id, mode);
        }, mode == SignInLinks.Mode.IN ? "training.session.signedIn" : "training.session.signedOut",
                "/training/sessions/" + id, () -> checkPage(user, id, mode, exp, sig, model));
    }

    private String absolute(String path) {
        String base = properties.baseUrl() == null || properties.baseUrl().isBlank()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : properties.baseUrl().replaceAll("/$", "");
        return base + path;
    }

    private String form(SessionForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("courses", courses.list());
        return "training/session-form";
    }
}

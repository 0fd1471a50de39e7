package org.workershome.congress;


import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.NotFound;
import org.workershome.core.form.Forms;
import org.workershome.core.web.QrSvg;

/** A session's pages: the sitting (quorum, QR sign-in, attendance, ballots), the sign-in a QR code leads to. */
@Controller
@RequestMapping("/congress")
class SessionController {

    private final SessionManagement sessions;
    private final SessionPage page;
    private final Forms forms;

    SessionController(SessionManagement sessions, SessionPage page, Forms forms) {
        this.sessions = sessions;
        this.page = page;
        this.forms = forms;
    }

    @PostMapping("/sessions/{id}/open")
    String openSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> sessions.openSession(user, id), "congress.session.opened");
    }

    @PostMapping("/sessions/{id}/close")
    String closeSession(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> sessions.closeSession(user, id), "congress.session.closed");
    }

    /** A step on the page: done, back to it (with a message); refused, the page again saying why. */
    private String step(CurrentUser user, Long id, Model model, RedirectAttributes redirect, Runnable act, String done) {
        return forms.step(model, redirect, act, done, "/congress/sessions/" + id, () -> session(user, id, model));
    }

    @GetMapping("/sessions/{id}")
    String session(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        return page.show(user, id, model);
    }

    @GetMapping(value = "/sessions/{id}/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        CongressSession session = sessions.session(id);
        String token = sessions.currentSignInToken(user, session).orElseThrow(() -> new NotFound("signInCode", id));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Cache-Control", "no-store").body(QrSvg.of(SessionPage.signInUrl(id, token), 320, null));
    }

    @PostMapping("/sessions/{id}/sign-in-code")
    String renewCode(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
            RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> sessions.renewSignInToken(user, id), null);
    }

    /** Where the QR code leads: a confirmation page (a GET changes nothing). */
    @GetMapping("/sessions/{id}/sign-in")
    String signInPage(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            Model model) {
        CongressSession session = sessions.sessionForSignIn(user, id, code);
        model.addAttribute("sitting", session);
        model.addAttribute("code", code);
        model.addAttribute("present", sessions.isPresent(id, user.memberId()));
        return "congress/sign-in";
    }

    @PostMapping("/sessions/{id}/sign-in")
    String signIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
            Model model, RedirectAttributes redirect) {
        return forms.submit(model, () -> {
            sessions.signInByCode(user, id, code);
            redirect.addFlashAttribute("done", "congress.signIn.done");
            return "redirect:/congress/sessions/" + id;
        }, () -> signInPage(user, id, code, model));
    }

    @PostMapping("/sessions/{id}/attendance")
    String markPresent(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam Long memberId,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, () -> sessions.markPresent(user, id, memberId), null);
    }
}

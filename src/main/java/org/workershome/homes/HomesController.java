package org.workershome.homes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgManagement;

/** The registry's pages: the homes one may see, registering and editing one, a home with its photos and rooms. */
@Controller
@RequestMapping("/homes")
class HomesController {

    private final HomeManagement homes;
    private final HomePhotos photos;
    private final HomePage page;
    private final OrgManagement tree;
    private final OrgDirectory orgs;
    private final Access access;
    private final Forms forms;

    HomesController(HomeManagement homes, HomePhotos photos, HomePage page, OrgManagement tree, OrgDirectory orgs,
            Access access, Forms forms) {
        this.homes = homes;
        this.photos = photos;
        this.page = page;
        this.tree = tree;
        this.orgs = orgs;
        this.access = access;
        this.forms = forms;
    }

    /** The form as sent: numbers and dates as text, so that a bad one is a field error. */
    record HomeForm(Long orgId, String name, String address, String openedOn, String area, String description,
            Set<Facility> facilities, String otherFacilities, String requestToken) {

        static HomeForm of(WorkersHome h) {
            return new HomeForm(h.getOrgId(), h.getName(), h.getAddress(),
                    h.getOpenedOn() == null ? null : h.getOpenedOn().toString(),
                    h.getArea() == null ? null : h.getArea().toPlainString(), h.getDescription(),
                    EnumSet.copyOf(h.getFacilities().isEmpty() ? EnumSet.noneOf(Facility.class) : h.getFacilities()),
                    h.getOtherFacilities(), null);
        }

        WorkersHome.Draft draft() {
            return new WorkersHome.Draft(orgId, name, address,
                    Inputs.date(openedOn, "openedOn", "homes.home.openedOn.invalid"),
                    Inputs.decimal(area, "area", "homes.home.area.invalid"), description,
                    facilities == null ? Set.of() : facilities, otherFacilities);
        }
    }

    /** One card of the list: the home and its org's name. */
    record Card(WorkersHome home, String orgName) {}

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<WorkersHome> all = homes.list();
        var names = orgs.namesOf(all.stream().map(WorkersHome::getOrgId).distinct().toList());
        model.addAttribute("cards", all.stream().map(h -> new Card(h, names.get(h.getOrgId()))).toList());
        model.addAttribute("mayManage", access.may(user, HomesModule.MANAGE));
        return "homes/list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        access.require(user, HomesModule.MANAGE);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new HomeForm(null, null, null, null, null, null, Set.of(), null,
                    UUID.randomUUID().toString()));
        }
        model.addAttribute("units", tree.tree().stream().filter(o -> o.isActive()).toList());
        model.addAttribute("facilities", Facility.values());
        model.addAttribute("editing", null);
        return "homes/home-form";
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") HomeForm form, Model model) {
        access.require(user, HomesModule.MANAGE);
        return forms.submit(model, () -> "redirect:/homes/" + homes.register(user, form.draft(), form.requestToken()).getId(),
                () -> newForm(user, model));
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        page.fill(user, homes.get(id), model);
        return "homes/home";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        WorkersHome home = homes.managed(user, id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", HomeForm.of(home));
        }
        model.addAttribute("facilities", Facility.values());
        model.addAttribute("editing", home);
        return "homes/home-form";
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("form") HomeForm form, Model model) {
        return forms.submit(model, () -> {
            WorkersHome home = homes.managed(user, id);
            homes.update(user, id, new HomeForm(home.getOrgId(), form.name(), form.address(), form.openedOn(),
                    form.area(), form.description(), form.facilities(), form.otherFacilities(), null).draft());
            return "redirect:/homes/" + id;
        }, () -> editForm(user, id, model));
    }

    @PostMapping("/{id}/practices")
    String addPractice(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String practice, @RequestParam(required = false) String sinceYear,
            Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> homes.addPractice(user, id, practice,
                Inputs.integer(sinceYear, "sinceYear", "homes.practice.year.invalid")), "homes.practice.added",
                "/homes/" + id + "#practices", () -> detail(user, id, model));
    }

    @PostMapping("/{id}/practices/{index}/remove")
    String removePractice(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable int index) {
        homes.removePractice(user, id, index);
        return "redirect:/homes/" + id + "#practices";
    }

    @PostMapping("/{id}/rooms")
    String addRoom(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String roomName, @RequestParam(required = false) String capacity,
            Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> homes.addRoom(user, id, roomName,
                Inputs.integer(capacity, "capacity", "homes.room.capacity.invalid")), "homes.room.added",
                "/homes/" + id + "#rooms", () -> detail(user, id, model));
    }

    @PostMapping("/{id}/photos")
    String addPhotos(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> photos.add(user, id, files), "homes.photo.added",
                "/homes/" + id + "#photos", () -> detail(user, id, model));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> photo(@PathVariable long id, @PathVariable long attachmentId) {
        return photos.download(id, attachmentId);
    }
}

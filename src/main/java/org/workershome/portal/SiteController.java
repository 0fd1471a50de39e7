package org.workershome.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;

/** The chief editor's site blocks: topics, friendly links, leadership list, channels. */
@Controller
@RequestMapping("/editor/site")
class SiteController {

    private final SiteManagement site;
    private final PortalReader reader;
    private final Channels channels;
    private final Topics topics;
    private final Access access;

    SiteController(SiteManagement site, PortalReader reader, Channels channels, Topics topics, Access access) {
        this.access = access;
        this.site = site;
        this.reader = reader;
        this.channels = channels;
        this.topics = topics;
    }

    /** Runs before every handler here: the site blocks are the chief editor's. */
    @ModelAttribute
    void chiefEditorOnly(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, PortalModule.ADMINISTER);
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("links", reader.links());
        model.addAttribute("leaders", reader.leaders());
        model.addAttribute("allChannels", channels.findAllByOrderByPositionAsc());
        model.addAttribute("topics", topics.findAllByOrderByPositionAsc());
        return "portal/editor/site";
    }

    @PostMapping("/links")
    String addLink(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, @RequestParam String url) {
        site.addLink(user, name, url);
        return "redirect:/editor/site";
    }

    @PostMapping("/links/{id}/delete")
    String removeLink(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        site.removeLink(user, id);
        return "redirect:/editor/site";
    }

    @PostMapping("/leaders")
    String addLeader(@AuthenticationPrincipal CurrentUser user, @RequestParam String name, @RequestParam String title) {
        site.addLeader(user, name, title);
        return "redirect:/editor/site";
    }

    @PostMapping("/leaders/{id}/delete")
    String removeLeader(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        site.removeLeader(user, id);
        return "redirect:/editor/site";
    }

    @PostMapping("/topics")
    String addTopic(@AuthenticationPrincipal CurrentUser user, @RequestParam String slug, @RequestParam String title,
            @RequestParam(required = false) String summary, @RequestParam(defaultValue = "false") boolean featured) {
        site.addTopic(user, slug, title, summary, featured);
        return "redirect:/editor/site";
    }

    @PostMapping("/topics/{id}")
    String editTopic(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String title,
            @RequestParam int position, @RequestParam(defaultValue = "false") boolean featured,
            @RequestParam(defaultValue = "false") boolean visible) {
        site.editTopic(user, id, title, position, featured, visible);
        return "redirect:/editor/site";
    }

    @PostMapping("/channels/{id}")
    String editChannel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String name,
            @RequestParam int position, @RequestParam(defaultValue = "false") boolean visible) {
        site.editChannel(user, id, name, position, visible);
        return "redirect:/editor/site";
    }
}

package org.workershome.noticeboard;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Role;
import org.workershome.core.module.MeSection;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/**
 * A module that exists only in the tests, to prove that a module adds itself to the platform — navigation,
 * permission with default roles, message bundle ({@code i18n/noticeboard*.properties}), {@code /me} section and a
 * public page — without a line of core naming it.
 */
@Component
class NoticeBoardModule implements ModuleManifest {

    static final String READ = "noticeboard:board:read";

    @Override
    public String name() {
        return "noticeboard";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(NavEntry.requiring(READ, "noticeboard.nav", "/noticeboard", 95));
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(READ, Role.CADRE));
    }

    @Override
    public List<String> publicPages() {
        return List.of("/noticeboard/public");
    }

    @Controller
    static class NoticeBoardController {

        @GetMapping("/noticeboard")
        @org.springframework.security.access.prepost.PreAuthorize("hasAuthority('" + READ + "')")
        String board(Model model) {
            model.addAttribute("boardTitle", "noticeboard.title");
            return "noticeboard/board";
        }

        @GetMapping("/noticeboard/public")
        String publicBoard() {
            return "noticeboard/public";
        }
    }

    @Component
    static class MyNoticesSection implements MeSection {

        @Override
        public String fragment() {
            return "noticeboard/board :: me";
        }

        @Override
        public Map<String, Object> model(CurrentUser user) {
            return Map.of("noticeCount", 3);
        }
    }
}

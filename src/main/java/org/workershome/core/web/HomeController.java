package org.workershome.core.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. {@code /} belongs to the news portal (module portal). */
@Controller
class HomeController {

    @GetMapping("/login")
    String login(Authentication authentication) {
        if (authentication != null && authentication.isAuthenticated()) {
            return "redirect:/me";
        }
        return "login";
    }
}

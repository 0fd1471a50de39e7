package org.workershome.appeals;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.workershome.core.web.RateLimits;
import org.workershome.core.workflow.TimelineStep;

/**
 * Following an appeal without an account, by its tracking number and the phone given with it. Tries per appeal are
 * limited from anywhere, so its phone cannot be found by trying many numbers from many addresses.
 */
@Controller
@RequestMapping("/appeals")
class AppealTrackingController {

    private final AppealManagement management;
    private final RateLimits rateLimits;
    private final RateLimits.Limit trackingLimit;

    AppealTrackingController(AppealManagement management, RateLimits rateLimits, AppealsProperties properties) {
        this.management = management;
        this.rateLimits = rateLimits;
        this.trackingLimit = new RateLimits.Limit(properties.trackingTriesPerHour(), Duration.ofHours(1));
    }

    @GetMapping("/track")
    String trackForm() {
        return "appeals/track";
    }

    @PostMapping("/track")
    String track(@RequestParam String trackingNo, @RequestParam String phone, Model model,
            HttpServletResponse response) {
        model.addAttribute("trackingNo", trackingNo);
        if (!rateLimits.tryUse("appeal-tracking", trackingNo.strip().toUpperCase(Locale.ROOT), trackingLimit)) {
            response.setStatus(429);
            model.addAttribute("throttled", true);
            return "appeals/track";
        }
        Optional<Appeal> appeal = management.track(trackingNo, phone);
        if (appeal.isEmpty()) {
            model.addAttribute("notFound", true);
            return "appeals/track";
        }
        model.addAttribute("appeal", appeal.get());
        // who did what is not for someone without an account: the public page shows the steps alone
        model.addAttribute("timeline", management.timelineOf(appeal.get()).stream()
                .map(e -> TimelineStep.of(e).withoutActor()).toList());
        return "appeals/track";
    }
}

package org.workershome.homes;

import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.form.Forms;

/** A home's month calendar, its activities and the booking of its rooms. */
@Controller
@RequestMapping("/homes")
class HomeCalendarController {

    private final HomeManagement homes;
    private final HomeCalendar calendar;
    private final BookingManagement bookings;
    private final HomePage page;
    private final Forms forms;

    HomeCalendarController(HomeManagement homes, HomeCalendar calendar, BookingManagement bookings, HomePage page,
            Forms forms) {
        this.homes = homes;
        this.calendar = calendar;
        this.bookings = bookings;
        this.page = page;
        this.forms = forms;
    }

    /** The booking form as sent; times as text ({@code datetime-local}). */
    record BookingForm(Long roomId, String startsAt, String endsAt, String purpose, String requestToken) {}

    record ActivityForm(String title, String startsAt, String endsAt, String roomName, String organiser,
            String description) {

        Activity.Draft draft() {
            return new Activity.Draft(title, Inputs.dateTime(startsAt, "startsAt", "homes.activity.startsAt.required"),
                    Inputs.dateTime(endsAt, "endsAt", "homes.activity.endsAt.invalid"), roomName, organiser, description);
        }
    }

    @GetMapping("/{id}/calendar")
    String month(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @RequestParam(required = false) String month, Model model) {
        WorkersHome home = homes.get(id);
        YearMonth shown = Inputs.month(month, YearMonth.from(homes.today()));
        model.addAttribute("home", home);
        model.addAttribute("month", calendar.month(id, shown));
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        Map<Long, String> rooms = homes.roomsOf(id).stream().collect(Collectors.toMap(Room::getId, Room::getName));
        model.addAttribute("roomNames", rooms);
        model.addAttribute("manages", homes.manages(user, home));
        if (!model.containsAttribute("activity")) {
            model.addAttribute("activity", new ActivityForm(null, null, null, null, null, null));
        }
        return "homes/calendar";
    }

    @PostMapping("/{id}/activities")
    String addActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("activity") ActivityForm form, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            Activity added = calendar.add(user, id, form.draft());
            redirect.addAttribute("month", YearMonth.from(added.getStartsAt()).toString());
        }, "homes.activity.added", "/homes/" + id + "/calendar", () -> month(user, id, null, model));
    }

    @PostMapping("/{id}/bookings")
    String book(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @ModelAttribute("booking") BookingForm form, Model model, RedirectAttributes redirect) {
        return forms.step(model, redirect, () -> {
            if (form.roomId() == null) {
                throw org.workershome.core.error.InvalidInput.field("roomId", "homes.booking.room.required");
            }
            Room room = homes.room(form.roomId());
            if (!room.getHomeId().equals(id)) {
                throw org.workershome.core.error.InvalidInput.field("roomId", "homes.booking.room.required");
            }
            bookings.book(user, room.getId(), Inputs.dateTime(form.startsAt(), "startsAt", "homes.booking.startsAt.required"),
                    Inputs.dateTime(form.endsAt(), "endsAt", "homes.booking.endsAt.required"), form.purpose(),
                    form.requestToken());
        }, "homes.booking.done", "/homes/" + id + "#bookings", () -> {
            model.addAttribute("bookingToken", form.requestToken());
            page.fill(user, homes.get(id), model);
            return "homes/home";
        });
    }

    @PostMapping("/bookings/{bookingId}/cancel")
    String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long bookingId,
            @RequestParam(required = false) String back, RedirectAttributes redirect) {
        Booking booking = bookings.cancel(user, bookingId);
        redirect.addFlashAttribute("done", "homes.booking.cancelled");
        return "me".equals(back) ? "redirect:/me" : "redirect:/homes/" + booking.getHomeId() + "#bookings";
    }
}

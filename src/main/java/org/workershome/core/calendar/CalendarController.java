package org.workershome.core.calendar;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import org.workershome.core.form.Forms;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.workershome.core.time.Times;
import org.workershome.core.error.InvalidInput;

/** Month grid of the working-day calendar, and the form that lists or unlists a date. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

    static final String VIEW = "calendar/month";

    /** What the form sets a date to: one of {@link DayKind}, or {@code NORMAL} to follow the weekday rule again. */
    static final String NORMAL = "NORMAL";

    record CalendarDayForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String kind, String name) {}

    /** One square of the grid; {@code day} is null outside the month. */
    record Cell(LocalDate date, boolean inMonth, boolean weekend, boolean working, CalendarDay day) {}

    private final CalendarManagement calendar;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    private final Forms forms;

    private final Access access;

    CalendarController(CalendarManagement calendar, WorkingDays workingDays, MessageSource messages, Clock clock,
            Forms forms, Access access) {
        this.access = access;
        this.forms = forms;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    /** Every request of this controller needs CALENDAR_WRITE. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.CALENDAR_WRITE);
    }

    @GetMapping
    String month(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        YearMonth shown = shownMonth(year, month, date);
        LocalDate picked = date != null ? date : shown.atDay(1);
        CalendarDay listed = calendar.between(picked, picked).stream().findFirst().orElse(null);
        CalendarDayForm form = new CalendarDayForm(picked, listed == null ? NORMAL : listed.getKind().name(),
                listed == null ? "" : listed.getName());
        return render(shown, form, model);
    }

    @PostMapping("/days")
    String save(@ModelAttribute("form") CalendarDayForm form, Model model, RedirectAttributes redirect) {
        YearMonth shown = form.date() == null ? YearMonth.now(clock.withZone(Times.ZONE)) : YearMonth.from(form.date());
        return forms.submit(model, () -> {
            if (form.date() == null) {
                throw InvalidInput.field("date", "calendar.error.dateRequired");
            }
            if (NORMAL.equals(form.kind())) {
                calendar.reset(form.date());
            } else {
                calendar.set(form.date(), kindOf(form.kind()), form.name());
            }
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, LocaleContextHolder.getLocale()));
            return "redirect:/calendar?year=" + shown.getYear() + "&month=" + shown.getMonthValue() + "&date=" + form.date();
        }, () -> render(shown, form, model));
    }

    private String render(YearMonth shown, CalendarDayForm form, Model model) {
        Map<LocalDate, CalendarDay> listed = calendar.between(shown.atDay(1).minusDays(7), shown.atEndOfMonth().plusDays(7))
                .stream().collect(Collectors.toMap(CalendarDay::getDate, Function.identity()));
        model.addAttribute("shown", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("weeks", weeks(shown, listed));
        model.addAttribute("form", form);
        model.addAttribute("kinds", List.of(NORMAL, DayKind.HOLIDAY.name(), DayKind.WORKDAY.name()));
        return VIEW;
    }

    private List<List<Cell>> weeks(YearMonth shown, Map<LocalDate, CalendarDay> listed) {
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Cell>> weeks = new ArrayList<>();
        List<Cell> week = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            week.add(new Cell(day, YearMonth.from(day).equals(shown), weekend, workingDays.isWorkingDay(day), listed.get(day)));
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        return weeks;
    }

    private YearMonth shownMonth(Integer year, Integer month, LocalDate date) {
        if (year != null && month != null && month >= 1 && month <= 12 && year >= 1900 && year <= 9999) {
            return YearMonth.of(year, month);
        }
        return date != null ? YearMonth.from(date) : YearMonth.now(clock.withZone(Times.ZONE));
    }

    private static DayKind kindOf(String value) {
        try {
            return value == null ? null : DayKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("kind", "calendar.error.kindRequired");
        }
    }
}

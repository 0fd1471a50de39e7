package org.workershome.homes;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.org.OrgDirectory;

/**
 * What a home's page shows: its facts, photos, rooms, the coming two weeks of activities and bookings (the
 * booker's name only to the booker and the managers), the booking form, and — for managers — this year's evaluation.
 */
@Component
class HomePage {

    /** How far ahead the home's page lists activities and bookings; the calendar shows any month. */
    static final int DAYS_AHEAD = 14;

    private final HomeManagement homes;
    private final HomePhotos photos;
    private final HomeCalendar calendar;
    private final BookingManagement bookings;
    private final EvaluationManagement evaluations;
    private final CriteriaManagement criteria;
    private final OrgDirectory orgs;
    private final Access access;

    HomePage(HomeManagement homes, HomePhotos photos, HomeCalendar calendar, BookingManagement bookings,
            EvaluationManagement evaluations, CriteriaManagement criteria, OrgDirectory orgs, Access access) {
        this.homes = homes;
        this.photos = photos;
        this.calendar = calendar;
        this.bookings = bookings;
        this.evaluations = evaluations;
        this.criteria = criteria;
        this.orgs = orgs;
        this.access = access;
    }

    /** A booking as a reader sees it: the booker's name hidden from other workers. */
    record BookingRow(Booking booking, String roomName, String booker, boolean mayCancel) {}

    void fill(CurrentUser user, WorkersHome home, Model model) {
        boolean manages = homes.manages(user, home);
        List<Room> rooms = homes.roomsOf(home.getId());
        Map<Long, String> roomNames = rooms.stream().collect(Collectors.toMap(Room::getId, Room::getName));
        LocalDateTime from = homes.today().atStartOfDay();
        LocalDateTime to = from.plusDays(DAYS_AHEAD);
        model.addAttribute("home", home);
        model.addAttribute("orgName", orgs.nameOf(home.getOrgId()));
        model.addAttribute("photos", photos.of(home.getId()));
        model.addAttribute("rooms", rooms);
        model.addAttribute("activities", calendar.between(home.getId(), from, to));
        model.addAttribute("bookings", rows(user, manages, bookings.ofHome(home.getId(), from, to), roomNames::get));
        model.addAttribute("manages", manages);
        model.addAttribute("daysAhead", DAYS_AHEAD);
        model.addAttribute("mayBook", access.may(user, HomesModule.BOOK) && !rooms.isEmpty());
        if (!model.containsAttribute("bookingToken")) {
            model.addAttribute("bookingToken", UUID.randomUUID().toString());
        }
        model.addAttribute("evaluationToken", UUID.randomUUID().toString());
        int year = homes.today().getYear();
        model.addAttribute("year", year);
        var evaluation = manages || access.may(user, HomesModule.MANAGE) ? evaluations.of(home.getId(), year) : null;
        model.addAttribute("evaluation", evaluation == null ? null : evaluation.orElse(null));
        model.addAttribute("mayOpenEvaluation", manages && evaluation != null && evaluation.isEmpty()
                && !criteria.of(year).isEmpty());
        model.addAttribute("pastEvaluations", manages || access.may(user, HomesModule.MANAGE)
                ? evaluations.ofHome(home.getId()) : List.of());
    }

    List<BookingRow> rows(CurrentUser user, boolean manages, List<Booking> found, Function<Long, String> roomName) {
        return found.stream().map(b -> new BookingRow(b, roomName.apply(b.getRoomId()),
                manages || Objects.equals(b.getBookerAccountId(), user.accountId()) ? b.getBookerName() : null,
                bookings.mayCancel(user, b))).toList();
    }
}

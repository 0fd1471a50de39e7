package org.workershome.homes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.module.MeSection;

/** On {@code /me}: the home of one's own union and one's coming room bookings; hidden when there is neither. */
@Component
class MyHomes implements MeSection {

    private final HomeManagement homes;
    private final BookingManagement bookings;
    private final HomePage page;

    MyHomes(HomeManagement homes, BookingManagement bookings, HomePage page) {
        this.homes = homes;
        this.bookings = bookings;
        this.page = page;
    }

    @Override
    public String fragment() {
        return "homes/me :: mine";
    }

    @Override
    public Map<String, Object> model(CurrentUser user) {
        List<WorkersHome> mine = homes.ofOrg(user.orgId());
        List<Booking> booked = bookings.mine(user);
        if (mine.isEmpty() && booked.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> rooms = new HashMap<>();
        booked.stream().map(Booking::getRoomId).distinct().forEach(id -> rooms.put(id, homes.room(id).getName()));
        Map<String, Object> model = new HashMap<>();
        model.put("homes", mine);
        model.put("bookings", page.rows(user, false, booked, rooms::get));
        model.put("homeNames", homes.list().stream().collect(Collectors.toMap(WorkersHome::getId, WorkersHome::getName)));
        return model;
    }

    @Override
    public int order() {
        return 40;
    }
}

package org.workershome.homes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.time.Times;

/**
 * The registry: a cadre with the module's permission registers and keeps the homes of orgs in his scope, their
 * green practices and rooms. Reads are the reader's scope (workers: their union and the unions above).
 */
@Service
class HomeManagement {

    private final WorkersHomes homes;
    private final Rooms rooms;
    private final IdempotentSubmissions submissions;
    private final Access access;
    private final Clock clock;

    HomeManagement(WorkersHomes homes, Rooms rooms, IdempotentSubmissions submissions, Access access, Clock clock) {
        this.homes = homes;
        this.rooms = rooms;
        this.submissions = submissions;
        this.access = access;
        this.clock = clock;
    }

    public WorkersHome register(CurrentUser user, WorkersHome.Draft draft, String requestToken) {
        if (draft.orgId() == null) {
            throw InvalidInput.field("orgId", "homes.org.required");
        }
        access.require(user, HomesModule.MANAGE, draft.orgId());
        return submissions.submit(requestToken, "homes.home.register",
                () -> homes.save(new WorkersHome(draft, clock.instant())), WorkersHome::getId,
                id -> homes.findById(Long.valueOf(id))).value();
    }

    @Transactional
    public WorkersHome update(CurrentUser user, Long id, WorkersHome.Draft draft) {
        WorkersHome home = managed(user, id);
        home.change(draft, today());
        return home;
    }

    @Transactional
    public WorkersHome addPractice(CurrentUser user, Long id, String text, Integer sinceYear) {
        WorkersHome home = managed(user, id);
        home.addPractice(text, sinceYear, today().getYear());
        return home;
    }

    @Transactional
    public void removePractice(CurrentUser user, Long id, int index) {
        managed(user, id).removePractice(index);
    }

    @Transactional
    public Room addRoom(CurrentUser user, Long id, String name, Integer capacity) {
        WorkersHome home = managed(user, id);
        return rooms.save(new Room(home, name, capacity, clock.instant()));
    }

    /** The home, if the user may manage it (404 outside his sight, 403 without the permission there). */
    WorkersHome managed(CurrentUser user, Long id) {
        WorkersHome home = get(id);
        access.require(user, HomesModule.MANAGE, home.getOrgId());
        return home;
    }

    boolean manages(CurrentUser user, WorkersHome home) {
        return access.may(user, HomesModule.MANAGE, home.getOrgId());
    }

    @Transactional(readOnly = true)
    public WorkersHome get(Long id) {
        return homes.findById(id).orElseThrow(NotFound.of("home", id));
    }

    @Transactional(readOnly = true)
    public List<WorkersHome> list() {
        return homes.findAllByOrderByOrgIdAscNameAsc();
    }

    /** The homes of one's own union (what /me shows), as far as one may see them. */
    @Transactional(readOnly = true)
    public List<WorkersHome> ofOrg(Long orgId) {
        return orgId == null ? List.of() : homes.findByOrgIdOrderByName(orgId);
    }

    @Transactional(readOnly = true)
    public List<Room> roomsOf(Long homeId) {
        return rooms.findByHomeIdOrderByName(homeId);
    }

    @Transactional(readOnly = true)
    public Room room(Long roomId) {
        return rooms.findById(roomId).orElseThrow(NotFound.of("room", roomId));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Times.ZONE));
    }
}

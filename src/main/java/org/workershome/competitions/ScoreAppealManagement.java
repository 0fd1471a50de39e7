package org.workershome.competitions;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.PermissionHolders;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.notification.Notifications;
import org.workershome.core.notification.Text;

/**
 * Score appeals: a finalist appeals his final score within the review's window, once at a time; the organiser
 * decides each with a reply, and results cannot be published while one waits or the window is open.
 */
@Service
public class ScoreAppealManagement {

    private final ScoreAppeals appeals;
    private final Entries entries;
    private final CompetitionManagement competitions;
    private final Access access;
    private final PermissionHolders holders;
    private final Notifications notifications;
    private final Clock clock;

    ScoreAppealManagement(ScoreAppeals appeals, Entries entries, CompetitionManagement competitions, Access access,
            PermissionHolders holders, Notifications notifications, Clock clock) {
        this.appeals = appeals;
        this.entries = entries;
        this.competitions = competitions;
        this.access = access;
        this.holders = holders;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The caller appeals the final score of his own entry. */
    @Transactional
    public ScoreAppeal lodge(CurrentUser user, Long competitionId, String reason) {
        Competition competition = competitions.get(competitionId);
        Entry entry = ownEntry(user, competitionId)
                .orElseThrow(() -> new BusinessException(HttpStatus.FORBIDDEN, "competition.appeal.error.noEntry"));
        if (!competition.takesAppealsAt(clock.instant())) {
            throw new Conflict("competition.appeal.error.closed");
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidInput.field("reason", "competition.appeal.reason.required");
        }
        if (appeals.existsByEntryIdAndStatus(entry.getId(), ScoreAppeal.Status.LODGED)) {
            throw new Conflict("competition.appeal.error.pending");
        }
        ScoreAppeal appeal = appeals.save(new ScoreAppeal(entry, reason.strip(), clock.instant()));
        notifications.notifyAll(holders.of(CompetitionsModule.MANAGE, competition.getOrgId()),
                Text.of("competition.notify.appeal", competition.getTitle()),
                Text.of("competition.notify.appeal.body", competition.getTitle(), reason.strip()),
                "/competitions/" + competitionId);
        return appeal;
    }

    /** The organiser upholds or dismisses an appeal, with a reply the entrant is sent. */
    @Transactional
    public ScoreAppeal decide(CurrentUser user, Long competitionId, Long appealId, boolean upheld, String reply) {
        Competition competition = competitions.get(competitionId);
        access.require(user, CompetitionsModule.MANAGE, competition.getOrgId());
        ScoreAppeal appeal = appeals.findById(appealId).filter(a -> a.getCompetitionId().equals(competitionId))
                .orElseThrow(NotFound.of("appeal", appealId));
        if (reply == null || reply.isBlank() || reply.length() > 2000) {
            throw InvalidInput.field("reply", "competition.appeal.reply.required");
        }
        appeal.decide(upheld, reply.strip(), user.accountId(), clock.instant());
        holders.accountOfMember(appeal.getMemberId()).ifPresent(account -> notifications.notify(account,
                Text.of(upheld ? "competition.notify.appealUpheld" : "competition.notify.appealDismissed",
                        competition.getTitle()),
                Text.of("competition.notify.appealReply", reply.strip()), "/competitions/" + competitionId));
        return appeal;
    }

    /** The appeals of a competition the caller may see: the organiser all, an entrant his own. */
    @Transactional(readOnly = true)
    public List<ScoreAppeal> of(Long competitionId) {
        competitions.get(competitionId);
        return appeals.findByCompetitionIdOrderByLodgedAtAsc(competitionId);
    }

    /** The caller's own finalist entry in the competition, if any. */
    @Transactional(readOnly = true)
    public Optional<Entry> ownEntry(CurrentUser user, Long competitionId) {
        if (user == null || user.memberId() == null) {
            return Optional.empty();
        }
        return entries.findByCompetitionIdAndStatusOrderByRegisteredAtAscIdAsc(competitionId, EntryStatus.APPROVED)
                .stream().filter(e -> user.memberId().equals(e.getMemberId()) && e.isFinalist()).findFirst();
    }
}

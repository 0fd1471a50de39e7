package org.workershome.competitions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.Timeline;

/**
 * Entries: a worker registers himself, or a cadre enters a member of his scope; the entrant must belong to an org
 * below the organiser and, when the competition asks for one, have its occupation. A cadre of the entrant's union
 * approves or rejects.
 */
@Service
public class EntryManagement {

    public enum Decision { APPROVE, REJECT }

    /** The timeline's step of an entry that came from a lower level's results. */
    enum Promotion { PROMOTE }

    /** Who enters: the member (null: the signed-in worker himself) and, for a team, its name and members. */
    public record Registration(Long memberId, String teamName, String teamMembers) {}

    private final Entries entries;
    private final CompetitionManagement competitions;
    private final MemberDirectory members;
    private final OrgDirectory orgs;
    private final Access access;
    private final Timeline timeline;
    private final RankingBoard board;
    private final Clock clock;

    EntryManagement(Entries entries, CompetitionManagement competitions, MemberDirectory members, OrgDirectory orgs,
            Access access, Timeline timeline, RankingBoard board, Clock clock) {
        this.board = board;
        this.entries = entries;
        this.competitions = competitions;
        this.members = members;
        this.orgs = orgs;
        this.access = access;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Transactional
    public Entry register(CurrentUser user, Long competitionId, Registration registration) {
        Competition competition = competitions.get(competitionId);
        Long memberId = registration.memberId() == null ? user.memberId() : registration.memberId();
        if (memberId == null) {
            throw InvalidInput.field("memberId", "competition.entry.memberRequired");
        }
        MemberDirectory.MemberSummary member = members.find(memberId).filter(MemberDirectory.MemberSummary::active)
                .orElseThrow(() -> InvalidInput.field("memberId", "competition.entry.memberRequired"));
        if (!Objects.equals(memberId, user.memberId())) {
            access.require(user, CompetitionsModule.MANAGE, member.orgId());
        }
        if (competition.getStage() != CompetitionStage.REGISTRATION) {
            throw new Conflict("competition.error.registrationClosed");
        }
        checkEligible(competition, member);
        if (entries.existsByCompetitionIdAndMemberId(competitionId, memberId)) {
            throw new Conflict("competition.error.alreadyEntered");
        }
        String team = trimmed(registration.teamName());
        String teamMembers = trimmed(registration.teamMembers());
        if ((team != null && team.length() > 100) || (teamMembers != null && teamMembers.length() > 500)
                || (team == null && teamMembers != null)) {
            throw InvalidInput.field("teamName", "competition.entry.team.invalid");
        }
        Entry entry = entries.save(new Entry(competition, memberId, member.orgId(), team, teamMembers,
                user.accountId(), clock.instant()));
        timeline.record("competition-entry", entry.getId(), entry.getOrgId(), EntryStatus.PENDING, null,
                EntryStatus.PENDING, null);
        return entry;
    }

    /** Eligibility: the entrant's union lies below the organiser; the occupation matches when one is required. */
    void checkEligible(Competition competition, MemberDirectory.MemberSummary member) {
        if (!orgs.isWithin(member.orgId(), competition.getOrgId())) {
            throw new Conflict("competition.error.notEligibleOrg");
        }
        if (competition.getOccupation() != null && !members.occupationOf(member.id())
                .map(job -> job.equals(competition.getOccupation())).orElse(false)) {
            throw new Conflict("competition.error.notEligibleOccupation", competition.getOccupation());
        }
    }

    /**
     * Winners move up a level (晋级): the organiser of a competition taking entries enters the best {@code places} of
     * a published competition of a lower level held below his org — approved, each linked to the entry it came from.
     * Those already entered, or no longer eligible, are left out. Answers how many were entered.
     */
    @Transactional
    public int promote(CurrentUser user, Long competitionId, Long sourceId, Integer places) {
        Competition target = competitions.get(competitionId);
        access.require(user, CompetitionsModule.MANAGE, target.getOrgId());
        if (target.getStage() != CompetitionStage.REGISTRATION) {
            throw new Conflict("competition.error.registrationClosed");
        }
        if (sourceId == null) {
            throw InvalidInput.field("sourceId", "competition.promotion.source.required");
        }
        if (places == null || places < 1 || places > 50) {
            throw InvalidInput.field("places", "competition.promotion.places.range");
        }
        Competition source = competitions.get(sourceId);
        if (!promotesTo(source, target)) {
            throw new Conflict("competition.promotion.error.source");
        }
        Instant now = clock.instant();
        int entered = 0;
        for (RankingBoard.Line line : board.current(source).lines()) {
            if (line.rank() > places || line.judges() == 0
                    || entries.existsByCompetitionIdAndMemberId(competitionId, line.memberId())) {
                continue;
            }
            var member = members.find(line.memberId()).filter(MemberDirectory.MemberSummary::active);
            if (member.isEmpty() || !eligible(target, member.get())) {
                continue;
            }
            Entry from = entries.findById(line.entryId()).orElseThrow();
            Entry entry = entries.save(Entry.promoted(target, from, user.accountId(), now));
            timeline.record("competition-entry", entry.getId(), entry.getOrgId(), Promotion.PROMOTE, null, EntryStatus.APPROVED,
                    null);
            entered++;
        }
        return entered;
    }

    /** The published competitions of a lower level held below the target's organiser, whose winners may move up. */
    @Transactional(readOnly = true)
    public List<Competition> promotionSources(Competition target) {
        return competitions.list().stream().filter(c -> promotesTo(c, target)).toList();
    }

    private boolean promotesTo(Competition source, Competition target) {
        return source.getStage() == CompetitionStage.RESULTS_PUBLISHED
                && source.getLevel().ordinal() < target.getLevel().ordinal()
                && orgs.isWithin(source.getOrgId(), target.getOrgId()) && !source.getId().equals(target.getId());
    }

    private boolean eligible(Competition competition, MemberDirectory.MemberSummary member) {
        try {
            checkEligible(competition, member);
            return true;
        } catch (Conflict notEligible) {
            return false;
        }
    }

    /** A cadre of the entrant's union (or above it) approves or rejects a pending entry. */
    @Transactional
    public Entry decide(CurrentUser user, Long entryId, Decision decision) {
        Entry entry = entries.findById(entryId).orElseThrow(NotFound.of("entry", entryId));
        access.require(user, CompetitionsModule.MANAGE, entry.getOrgId());
        EntryStatus from = entry.getStatus();
        entry.decide(decision == Decision.APPROVE, user.accountId(), clock.instant());
        timeline.record("competition-entry", entryId, entry.getOrgId(), decision, from, entry.getStatus(), null);
        return entry;
    }

    /** The entries of a competition the caller sees: a cadre those of his scope, a judge all, a worker his own. */
    @Transactional(readOnly = true)
    public List<Entry> of(Long competitionId) {
        return entries.findByCompetitionIdOrderByRegisteredAtAscIdAsc(competitionId);
    }

    @Transactional(readOnly = true)
    public List<Entry> mine(CurrentUser user) {
        return user.memberId() == null ? List.of() : entries.findByMemberIdOrderByRegisteredAtDesc(user.memberId());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

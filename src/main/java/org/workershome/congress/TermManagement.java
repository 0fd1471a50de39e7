package org.workershome.congress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.member.MemberDirectory.MemberSummary;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.time.Times;

/**
 * Terms (届), their constituencies and the roster of representatives. Managers (chair, staff, motions committee)
 * hold {@link CongressModule#MANAGE} with the congress's org in their scope; representatives are roster rows, not
 * a role.
 */
@Service
public class TermManagement {

    private final Terms terms;
    private final Constituencies constituencies;
    private final Representatives representatives;
    private final MemberDirectory members;
    private final Access access;
    private final Clock clock;

    TermManagement(Terms terms, Constituencies constituencies, Representatives representatives, MemberDirectory members,
            Access access, Clock clock) {
        this.terms = terms;
        this.constituencies = constituencies;
        this.representatives = representatives;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the caller's member is on the term's current roster (the roster is public to the unit's workers). */
    @Transactional(readOnly = true)
    public boolean isRepresentative(CurrentUser user, Long termId) {
        return user != null && isOnRoster(termId, user.memberId());
    }

    /** Whether the member is on the term's current roster. */
    @Transactional(readOnly = true)
    public boolean isOnRoster(Long termId, Long memberId) {
        return memberId != null && representatives.existsByTermIdAndMemberIdAndLeftOnIsNull(termId, memberId);
    }

    @Transactional
    public Term createTerm(CurrentUser user, Long orgId, int number, String name, LocalDate startsOn, LocalDate endsOn,
            int quorumNumerator, int quorumDenominator, PassRule passRule, int minCosigners) {
        access.require(user, CongressModule.MANAGE, orgId);
        if (number < 1) {
            throw InvalidInput.field("number", "congress.term.number.invalid");
        }
        if (terms.existsByOrgIdAndNumber(orgId, number)) {
            throw new Conflict("congress.term.number.taken", number);
        }
        return terms.save(new Term(orgId, number, name, startsOn, endsOn, quorumNumerator, quorumDenominator,
                passRule == null ? PassRule.MAJORITY_OF_ALL : passRule, minCosigners));
    }

    @Transactional
    public Constituency addConstituency(CurrentUser user, Long termId, String name, int quota) {
        Term term = term(termId);
        access.require(user, CongressModule.MANAGE, term.getOrgId());
        if (name == null || name.isBlank() || quota < 1) {
            throw InvalidInput.field("name", "congress.constituency.invalid");
        }
        return constituencies.save(new Constituency(term, name.strip(), quota));
    }

    @Transactional(readOnly = true)
    public Constituency constituency(Long constituencyId) {
        return constituencies.findById(constituencyId).orElseThrow(NotFound.of("constituency", constituencyId));
    }

    /** Puts a member of the congress's org (or below, in the caller's scope) on the roster, within the quota. */
    @Transactional
    public Representative addRepresentative(CurrentUser user, Long constituencyId, Long memberId) {
        Constituency constituency = constituency(constituencyId);
        access.require(user, CongressModule.MANAGE, constituency.getOrgId());
        MemberSummary member = members.find(memberId)
                .orElseThrow(() -> InvalidInput.field("memberId", "congress.member.unknown"));
        access.require(user, CongressModule.MANAGE, member.orgId());
        Optional<Representative> earlier = representatives.findByTermIdAndMemberId(constituency.getTermId(), memberId);
        if (earlier.isPresent()) {
            throw new Conflict(earlier.get().isCurrent() ? "congress.representative.already" : "congress.representative.left");
        }
        if (representatives.countByConstituencyIdAndLeftOnIsNull(constituencyId) >= constituency.getQuota()) {
            throw new Conflict("congress.constituency.full", constituency.getQuota());
        }
        return representatives.save(new Representative(constituency, memberId, member.name(),
                LocalDate.now(clock.withZone(Times.ZONE))));
    }

    /**
     * Takes a representative off the roster (罢免, resignation, transfer): the row stays, marked as left with the date
     * and reason. Refused while a ballot of the term that he has voted in is still open — his vote is in its count
     * and the eligible figure it will be judged against must not change under it.
     */
    @Transactional
    public Representative removeRepresentative(CurrentUser user, Long representativeId, String reason) {
        Representative r = representatives.findById(representativeId)
                .orElseThrow(NotFound.of("representative", representativeId));
        access.require(user, CongressModule.MANAGE, r.getOrgId());
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.field("reason", "congress.representative.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw InvalidInput.field("reason", "congress.field.tooLong");
        }
        if (!r.isCurrent()) {
            throw new Conflict("congress.representative.alreadyLeft");
        }
        if (representatives.votedInOpenBallot(r.getTermId(), r.getMemberId())) {
            throw new Conflict("congress.representative.votedInOpenBallot", r.getMemberName());
        }
        r.leave(LocalDate.now(clock.withZone(Times.ZONE)), reason.strip());
        return representatives.save(r);
    }

    /** Those who left the roster of the term, with date and reason. */
    @Transactional(readOnly = true)
    public List<Representative> formerRepresentatives(Long termId) {
        return representatives.findByTermIdAndLeftOnIsNotNullOrderByLeftOnDescMemberNameAsc(termId);
    }

    @Transactional(readOnly = true)
    public Term term(Long termId) {
        return terms.findById(termId).orElseThrow(NotFound.of("term", termId));
    }

    @Transactional(readOnly = true)
    public List<Term> termsOf(Long orgId) {
        return terms.findByOrgIdOrderByNumberDesc(orgId);
    }

    @Transactional(readOnly = true)
    public List<Constituency> constituencies(Long termId) {
        return constituencies.findByTermIdOrderByName(termId);
    }

    @Transactional(readOnly = true)
    public List<Representative> roster(Long termId) {
        return representatives.findByTermIdAndLeftOnIsNullOrderByConstituencyIdAscMemberNameAsc(termId);
    }

    /** Current representatives on the term's roster (those who left are not counted). */
    @Transactional(readOnly = true)
    public long eligible(Long termId) {
        return representatives.countByTermIdAndLeftOnIsNull(termId);
    }

    /** Active members of the org itself who could be put on a roster, by name. */
    @Transactional(readOnly = true)
    public List<MemberSummary> membersOf(Long orgId) {
        return members.activeInSubtree(orgId).stream().filter(m -> m.orgId().equals(orgId))
                .sorted(Comparator.comparing(MemberSummary::name)).toList();
    }
}

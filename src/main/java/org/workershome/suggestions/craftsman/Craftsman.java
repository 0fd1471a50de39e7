package org.workershome.suggestions.craftsman;

import static org.workershome.suggestions.craftsman.CraftsmanAction.*;
import static org.workershome.suggestions.craftsman.CraftsmanStatus.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.workershome.core.error.Conflict;
import org.workershome.core.org.Industry;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;
import org.workershome.core.workflow.StateMachine;

/**
 * A craftsman (工匠) nominated for a title: by his union, or by himself with two members' endorsements; reviewed by
 * the panel (holders of {@code suggestions:craftsman:manage} for his org), on public notice for objections, awarded
 * for a term. The workers of the unit and below see the nominations open to them (endorsing, on notice) and the
 * holders; awarded craftsmen are in the national talent pool.
 */
@Entity
@Table(name = "suggestions_craftsman")
@Indexed(index = "suggestions_craftsman")
@Filter(name = ScopedEntity.SELF_FILTER, condition = Craftsman.AUDIENCE)
public class Craftsman extends ScopedEntity {

    static final String CHINESE = "chinese";

    static final String AUDIENCE = "(:selfMemberId = 0 or member_id = :selfMemberId or "
            + "(status in ('ENDORSING', 'ON_NOTICE', 'AWARDED', 'DUE_FOR_REVIEW') and " + SelfFilters.MEMBER_BELOW_ORG + "))";

    /** Endorsements a self-nomination needs before the panel reviews it. */
    static final int ENDORSEMENTS = 2;

    static final StateMachine<CraftsmanStatus, CraftsmanAction> MACHINE = StateMachine
            .of(CraftsmanStatus.class, CraftsmanAction.class)
            .allow(APPROVE, EnumSet.of(ENDORSING, UNDER_REVIEW), ON_NOTICE)
            .allow(REJECT, EnumSet.of(ENDORSING, UNDER_REVIEW), REJECTED)
            .allow(UPHOLD, ON_NOTICE, REJECTED)
            .allow(AWARD, ON_NOTICE, AWARDED)
            .allow(TERM_ENDED, AWARDED, DUE_FOR_REVIEW)
            .allow(RENEW, DUE_FOR_REVIEW, AWARDED)
            .allow(EXPIRE, DUE_FOR_REVIEW, EXPIRED)
            .build();

    public enum Nomination { ORG, SELF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @KeywordField
    private String orgPath;
    private Long memberId;
    @FullTextField(analyzer = CHINESE)
    private String name;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private CraftsmanTitle title;
    @FullTextField(analyzer = CHINESE)
    private String skill;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private Industry industry;
    @FullTextField(analyzer = CHINESE)
    private String deeds;
    @Enumerated(EnumType.STRING)
    private Nomination nomination;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private CraftsmanStatus status;
    private LocalDate noticeEndsOn;
    private LocalDate awardedOn;
    private LocalDate termEndsOn;
    private String reviewNote;
    @GenericField(sortable = Sortable.YES)
    private Instant nominatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_incentive", joinColumns = @JoinColumn(name = "craftsman_id"))
    @OrderColumn(name = "position")
    private List<Incentive> incentives = new ArrayList<>();
    @Version
    private long version;

    protected Craftsman() {}

    /** Who is nominated for what: the member, the title, his skill, industry and deeds (事迹, how he meets the criteria). */
    public record Draft(Long memberId, CraftsmanTitle title, String skill, Industry industry, String deeds) {}

    Craftsman(Long orgId, String orgPath, String name, Draft draft, Nomination nomination, Instant now) {
        this.orgId = orgId;
        this.orgPath = orgPath;
        this.memberId = draft.memberId();
        this.name = name;
        this.title = draft.title();
        this.skill = draft.skill();
        this.industry = draft.industry();
        this.deeds = draft.deeds();
        this.nomination = nomination;
        this.status = nomination == Nomination.SELF ? ENDORSING : UNDER_REVIEW;
        this.nominatedAt = now;
    }

    /** The panel sends it to public notice until {@code noticeEnds}; a self-nomination needs its endorsements first. */
    CraftsmanStatus approve(long endorsements, LocalDate noticeEnds, String note) {
        if (status == ENDORSING && endorsements < ENDORSEMENTS) {
            throw new Conflict("suggestions.craftsman.endorsementsNeeded", ENDORSEMENTS);
        }
        CraftsmanStatus from = move(APPROVE);
        noticeEndsOn = noticeEnds;
        reviewNote = note;
        return from;
    }

    CraftsmanStatus reject(String note) {
        CraftsmanStatus from = move(REJECT);
        reviewNote = note;
        return from;
    }

    void checkEndorsable(Long endorser) {
        if (status != ENDORSING) {
            throw new Conflict("suggestions.craftsman.notEndorsing");
        }
        if (endorser == null || endorser.equals(memberId)) {
            throw new Conflict("suggestions.craftsman.ownNomination");
        }
    }

    /** Objections are taken on the notice's last day too. */
    void checkObjectable(LocalDate today) {
        if (status != ON_NOTICE || today.isAfter(noticeEndsOn)) {
            throw new Conflict("suggestions.craftsman.noticeClosed");
        }
    }

    CraftsmanStatus uphold() {
        return move(UPHOLD);
    }

    /** After the notice, with every objection settled: the title for {@code years}. */
    CraftsmanStatus award(LocalDate today, long openObjections, int years) {
        if (status == ON_NOTICE && !today.isAfter(noticeEndsOn)) {
            throw new Conflict("suggestions.craftsman.noticeRunning", noticeEndsOn.toString());
        }
        if (openObjections > 0) {
            throw new Conflict("suggestions.craftsman.objectionsOpen");
        }
        CraftsmanStatus from = move(AWARD);
        awardedOn = today;
        termEndsOn = today.plusYears(years);
        return from;
    }

    boolean termEnded(LocalDate today) {
        return status == AWARDED && termEndsOn != null && !today.isBefore(termEndsOn);
    }

    CraftsmanStatus endTerm() {
        return move(TERM_ENDED);
    }

    CraftsmanStatus renew(LocalDate today, int years, String note) {
        CraftsmanStatus from = move(RENEW);
        termEndsOn = today.plusYears(years);
        reviewNote = note;
        return from;
    }

    CraftsmanStatus expire(String note) {
        CraftsmanStatus from = move(EXPIRE);
        reviewNote = note;
        return from;
    }

    void grant(Incentive incentive) {
        if (!status.holding()) {
            throw new Conflict("suggestions.craftsman.notHolding");
        }
        incentives.add(incentive);
    }

    private CraftsmanStatus move(CraftsmanAction action) {
        CraftsmanStatus from = status;
        status = MACHINE.next(status, action);
        return from;
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public String getOrgPath() { return orgPath; }
    public Long getMemberId() { return memberId; }
    public String getName() { return name; }
    public CraftsmanTitle getTitle() { return title; }
    public String getSkill() { return skill; }
    public Industry getIndustry() { return industry; }
    public String getDeeds() { return deeds; }
    public Nomination getNomination() { return nomination; }
    public CraftsmanStatus getStatus() { return status; }
    public LocalDate getNoticeEndsOn() { return noticeEndsOn; }
    public LocalDate getAwardedOn() { return awardedOn; }
    public LocalDate getTermEndsOn() { return termEndsOn; }
    public String getReviewNote() { return reviewNote; }
    public Instant getNominatedAt() { return nominatedAt; }
    public List<Incentive> getIncentives() { return List.copyOf(incentives); }
    public long getVersion() { return version; }
}

package org.workershome.competitions;

import static org.workershome.competitions.CompetitionAction.*;
import static org.workershome.competitions.CompetitionStage.*;

import java.time.Instant;
import java.util.ArrayList;
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
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;
import org.workershome.core.workflow.StateMachine;

/**
 * A competition organised by an org ({@code orgId}) for the members of its subtree. A worker (self-only scope) sees
 * the competitions of the orgs above his own, and those he judges.
 */
@Entity
@Table(name = "competitions_competition")
@Filter(name = ScopedEntity.SELF_FILTER, condition = Competition.AUDIENCE)
public class Competition extends ScopedEntity {

    /** The members below the organiser, and the appointed judges (columns in sub-selects qualified: see SelfFilters). */
    static final String AUDIENCE = "(:selfMemberId = 0 or " + SelfFilters.MEMBER_BELOW_ORG + " "
            + "or exists (select 1 from competitions_judge cm_j where cm_j.competition_id = id "
            + "and cm_j.member_id = :selfMemberId))";

    static final StateMachine<CompetitionStage, CompetitionAction> MACHINE = StateMachine
            .of(CompetitionStage.class, CompetitionAction.class)
            .allow(START_PRELIMINARY, REGISTRATION, PRELIMINARY)
            .allow(START_FINAL, PRELIMINARY, FINAL)
            .allow(CLOSE_SCORING, FINAL, REVIEW)
            .allow(REOPEN_SCORING, REVIEW, FINAL)
            .allow(PUBLISH, REVIEW, RESULTS_PUBLISHED)
            .build();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String theme;
    @Enumerated(EnumType.STRING)
    private CompetitionKind kind;
    @Enumerated(EnumType.STRING)
    private CompetitionLevel level;
    @Enumerated(EnumType.STRING)
    private CompetitionStage stage;
    /** When set, only members registered with this occupation (job) may enter. */
    private String occupation;
    /** How many highest and lowest marks per item are dropped (when enough judges scored). */
    private int trimCount;
    /** How many of the top-ranked entrants of the final get a certificate. */
    private int prizeCount;
    /** How many of the preliminary's best go on to the final (0: every approved entry). */
    private int finalistCount;
    /** How long after the review opens an entrant may appeal his score. */
    private int appealHours;
    private Instant reviewStartedAt;
    private Instant createdAt;
    private Instant publishedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competitions_rubric_item", joinColumns = @JoinColumn(name = "competition_id"))
    @OrderColumn(name = "position")
    private List<RubricItem> rubric = new ArrayList<>();
    @Version
    private long version;

    protected Competition() {}

    Competition(Long orgId, CompetitionManagement.Draft draft, Instant now) {
        this.orgId = orgId;
        this.stage = REGISTRATION;
        this.createdAt = now;
        apply(draft);
    }

    /** The terms may change while entries are taken; once scoring began they hold. */
    void edit(CompetitionManagement.Draft draft) {
        if (stage != REGISTRATION) {
            throw new Conflict("competition.error.notEditable");
        }
        apply(draft);
    }

    private void apply(CompetitionManagement.Draft draft) {
        this.title = draft.title();
        this.theme = draft.theme();
        this.kind = draft.kind();
        this.level = draft.level();
        this.occupation = draft.occupation();
        this.trimCount = draft.trimCount();
        this.prizeCount = draft.prizeCount();
        this.finalistCount = draft.finalistCount();
        this.appealHours = draft.appealHours();
        this.rubric.clear();
        this.rubric.addAll(draft.rubric());
    }

    CompetitionStage advance(CompetitionAction action, Instant now) {
        CompetitionStage from = stage;
        stage = MACHINE.next(stage, action);
        if (stage == RESULTS_PUBLISHED) {
            publishedAt = now;
        } else if (stage == REVIEW) {
            reviewStartedAt = now;
        }
        return from;
    }

    /** The ranking is public from the final on: the hall watches it live. */
    public boolean isRankingPublic() {
        return stage == FINAL || stage == REVIEW || stage == RESULTS_PUBLISHED;
    }

    /** Score appeals are taken during the review, within {@code appealHours} of its start. */
    public boolean takesAppealsAt(Instant now) {
        return stage == REVIEW && reviewStartedAt != null
                && now.isBefore(reviewStartedAt.plus(java.time.Duration.ofHours(appealHours)));
    }

    /** The end of the appeal window, once the review has begun. */
    public Instant getAppealsCloseAt() {
        return reviewStartedAt == null ? null : reviewStartedAt.plus(java.time.Duration.ofHours(appealHours));
    }

    @Override
    public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getTheme() { return theme; }
    public CompetitionKind getKind() { return kind; }
    public CompetitionLevel getLevel() { return level; }
    public CompetitionStage getStage() { return stage; }
    public String getOccupation() { return occupation; }
    public int getTrimCount() { return trimCount; }
    public int getPrizeCount() { return prizeCount; }
    public int getFinalistCount() { return finalistCount; }
    public int getAppealHours() { return appealHours; }
    public Instant getReviewStartedAt() { return reviewStartedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public List<RubricItem> getRubric() { return List.copyOf(rubric); }
    public long getVersion() { return version; }
}

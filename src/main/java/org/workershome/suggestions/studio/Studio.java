package org.workershome.suggestions.studio;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
import org.workershome.core.error.InvalidInput;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.scope.SelfFilters;

/**
 * An innovation studio (劳模和工匠创新工作室) registered by a union: its leader and members, field, level, results,
 * funds received and annual star ratings. Public to the workers of the union and below.
 */
@Entity
@Table(name = "suggestions_studio")
@Filter(name = ScopedEntity.SELF_FILTER, condition = SelfFilters.UNIT_WORKERS)
public class Studio extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private Long leaderMemberId;
    private String leaderName;
    private String field;
    @Enumerated(EnumType.STRING)
    private StudioLevel level;
    private LocalDate foundedOn;
    private Instant createdAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_studio_member", joinColumns = @JoinColumn(name = "studio_id"))
    private Set<StudioParts.Member> members = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_studio_result", joinColumns = @JoinColumn(name = "studio_id"))
    @OrderColumn(name = "position")
    private List<StudioParts.Result> results = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_studio_fund", joinColumns = @JoinColumn(name = "studio_id"))
    @OrderColumn(name = "position")
    private List<StudioParts.Fund> funds = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "suggestions_studio_assessment", joinColumns = @JoinColumn(name = "studio_id"))
    private Set<StudioParts.Assessment> assessments = new LinkedHashSet<>();
    @Version
    private long version;

    protected Studio() {}

    Studio(Long orgId, String name, Long leaderMemberId, String leaderName, String field, StudioLevel level,
            LocalDate foundedOn, Instant now) {
        this.orgId = orgId;
        this.name = name;
        this.leaderMemberId = leaderMemberId;
        this.leaderName = leaderName;
        this.field = field;
        this.level = level;
        this.foundedOn = foundedOn;
        this.createdAt = now;
        this.members.add(new StudioParts.Member(leaderMemberId, leaderName, foundedOn));
    }

    void join(Long memberId, String memberName, LocalDate on) {
        if (members.stream().anyMatch(m -> m.getMemberId().equals(memberId))) {
            throw new Conflict("suggestions.studio.alreadyMember");
        }
        members.add(new StudioParts.Member(memberId, memberName, on));
    }

    void record(ResultKind kind, String title, LocalDate on) {
        if (kind == null || title == null || title.isBlank() || title.length() > 200 || on == null) {
            throw InvalidInput.field("title", "suggestions.studio.result.required");
        }
        results.add(new StudioParts.Result(kind, title.strip(), on));
    }

    void receive(BigDecimal amount, String source, LocalDate on) {
        if (amount == null || amount.signum() <= 0 || source == null || source.isBlank() || source.length() > 200
                || on == null) {
            throw InvalidInput.field("amount", "suggestions.studio.fund.required");
        }
        funds.add(new StudioParts.Fund(amount, source.strip(), on));
    }

    /** One assessment a year, 1 to 5 stars. */
    void assess(int year, int stars, String note) {
        if (stars < 1 || stars > 5) {
            throw InvalidInput.field("stars", "suggestions.studio.stars.range");
        }
        if (year < foundedOn.getYear() || year > 2100) {
            throw InvalidInput.field("year", "suggestions.studio.year.range");
        }
        if (assessments.stream().anyMatch(a -> a.getYear() == year)) {
            throw new Conflict("suggestions.studio.assessedThisYear", String.valueOf(year));
        }
        assessments.add(new StudioParts.Assessment(year, stars, note == null || note.isBlank() ? null : note.strip()));
    }

    public BigDecimal getFundsTotal() {
        return funds.stream().map(StudioParts.Fund::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The latest year's stars, null before the first assessment. */
    public Integer getLatestStars() {
        return assessments.stream().max(Comparator.comparingInt(StudioParts.Assessment::getYear))
                .map(StudioParts.Assessment::getStars).orElse(null);
    }

    public boolean hasMember(Long memberId) {
        return memberId != null && members.stream().anyMatch(m -> m.getMemberId().equals(memberId));
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public Long getLeaderMemberId() { return leaderMemberId; }
    public String getLeaderName() { return leaderName; }
    public String getField() { return field; }
    public StudioLevel getLevel() { return level; }
    public LocalDate getFoundedOn() { return foundedOn; }
    public Instant getCreatedAt() { return createdAt; }
    public List<StudioParts.Member> getMembers() { return List.copyOf(members); }
    public List<StudioParts.Result> getResults() { return List.copyOf(results); }
    public List<StudioParts.Fund> getFunds() { return List.copyOf(funds); }
    public List<StudioParts.Assessment> getAssessments() {
        return assessments.stream().sorted(Comparator.comparingInt(StudioParts.Assessment::getYear).reversed()).toList();
    }
    public long getVersion() { return version; }
}

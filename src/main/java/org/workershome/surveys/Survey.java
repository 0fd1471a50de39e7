package org.workershome.surveys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.account.Role;
import org.workershome.core.error.Conflict;
import org.workershome.core.scope.ScopedEntity;

/**
 * A survey (调查问卷) of an org subtree: its questions, who is asked (roles; none named = everyone), when (start to
 * deadline), and whether answers are named or anonymous. Built as a draft, then published; questions are fixed from
 * then on. Closing early moves the deadline to now. Workers see published surveys (self filter); whether one is
 * meant for them the service decides by org and role.
 */
@Entity
@Table(name = "surveys_survey")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or status = 'PUBLISHED')")
public class Survey extends ScopedEntity {

    public enum Status { DRAFT, PUBLISHED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String description;
    private boolean anonymous;
    private String targetRoles;
    private Instant startsAt;
    private Instant deadline;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long createdByAccountId;
    private String createdByName;
    private Instant createdAt;
    @Version
    private long version;
    @OneToMany(mappedBy = "survey", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Question> questions = new ArrayList<>();

    protected Survey() {}

    Survey(Long orgId, String title, String description, boolean anonymous, Set<Role> roles, Instant startsAt,
            Instant deadline, Long accountId, String authorName, Instant now) {
        this.orgId = orgId;
        this.title = title;
        this.description = description;
        this.anonymous = anonymous;
        this.targetRoles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.startsAt = startsAt;
        this.deadline = deadline;
        this.status = Status.DRAFT;
        this.createdByAccountId = accountId;
        this.createdByName = authorName;
        this.createdAt = now;
    }

    Question add(QuestionDraft draft) {
        requireDraft();
        draft.check(questions);
        Question question = new Question(this, questions.size() + 1, draft);
        questions.add(question);
        return question;
    }

    void remove(Long questionId) {
        requireDraft();
        if (questions.stream().anyMatch(q -> questionId.equals(q.getShowIfQuestion()))) {
            throw new Conflict("surveys.question.isCondition");
        }
        questions.removeIf(q -> q.getId().equals(questionId));
    }

    void publish() {
        requireDraft();
        if (questions.isEmpty()) {
            throw new Conflict("surveys.error.noQuestions");
        }
        status = Status.PUBLISHED;
    }

    void closeAt(Instant now) {
        if (status != Status.PUBLISHED || !deadline.isAfter(now)) {
            throw new Conflict("surveys.error.notOpen");
        }
        deadline = now;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new Conflict("surveys.error.published");
        }
    }

    public boolean isOpenAt(Instant now) {
        return status == Status.PUBLISHED && !now.isBefore(startsAt) && now.isBefore(deadline);
    }

    public boolean isClosedAt(Instant now) {
        return status == Status.PUBLISHED && !now.isBefore(deadline);
    }

    /** Asked of an account with these roles (no roles named: of everyone). */
    public boolean asks(Set<Role> roles) {
        Set<Role> target = roles();
        return target.isEmpty() || roles.stream().anyMatch(target::contains);
    }

    public Set<Role> roles() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (targetRoles != null && !targetRoles.isBlank()) {
            Arrays.stream(targetRoles.split(",")).map(Role::valueOf).forEach(set::add);
        }
        return set;
    }

    @Override public Long getId() { return id; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public boolean isAnonymous() { return anonymous; }
    public Instant getStartsAt() { return startsAt; }
    public Instant getDeadline() { return deadline; }
    public Status getStatus() { return status; }
    public Long getCreatedByAccountId() { return createdByAccountId; }
    public String getCreatedByName() { return createdByName; }
    public Instant getCreatedAt() { return createdAt; }
    public List<Question> getQuestions() { return questions; }
}

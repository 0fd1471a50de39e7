package org.workershome.training.plan;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.scope.ScopedEntity;

/**
 * A required plan (学习计划): the cadres of an org's subtree must complete a course by a date. Each cadre it holds
 * gets an enrolment carrying the plan and the date, so he sees it as his own; workers see no plans.
 */
@Entity
@Table(name = "training_plan")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0)")
public class RequiredPlan extends ScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private String title;
    private LocalDate dueOn;
    private Instant createdAt;
    private Long createdByAccountId;
    @Version
    private long version;

    protected RequiredPlan() {}

    RequiredPlan(Long orgId, Long courseId, String title, LocalDate dueOn, Long by, Instant now) {
        this.orgId = orgId;
        this.courseId = courseId;
        this.title = title;
        this.dueOn = dueOn;
        this.createdByAccountId = by;
        this.createdAt = now;
    }

    @Override
    public Long getId() { return id; }
    public Long getCourseId() { return courseId; }
    public String getTitle() { return title; }
    public LocalDate getDueOn() { return dueOn; }
    public Instant getCreatedAt() { return createdAt; }
}

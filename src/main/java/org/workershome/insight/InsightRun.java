package org.workershome.insight;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One refresh of the figures: which months it computed and when. The figures are as fresh as the start of the
 * last finished run (what was committed by then is in them).
 */
@Entity
@Table(name = "insight_run")
class InsightRun {

    enum Kind { FULL, INCREMENTAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    private Instant startedAt;
    private Instant finishedAt;
    @Column(name = "from_period")
    private int fromPeriod;
    @Column(name = "to_period")
    private int toPeriod;
    private long figures;

    protected InsightRun() {}

    InsightRun(Kind kind, Instant startedAt, int fromPeriod, int toPeriod) {
        this.kind = kind;
        this.startedAt = startedAt;
        this.fromPeriod = fromPeriod;
        this.toPeriod = toPeriod;
    }

    void finished(Instant at, long figures) {
        this.finishedAt = at;
        this.figures = figures;
    }

    Long getId() { return id; }
    Kind getKind() { return kind; }
    Instant getStartedAt() { return startedAt; }
    Instant getFinishedAt() { return finishedAt; }
    int getFromPeriod() { return fromPeriod; }
    int getToPeriod() { return toPeriod; }
    long getFigures() { return figures; }
}

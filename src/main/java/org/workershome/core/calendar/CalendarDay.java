package org.workershome.core.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A date that does not follow the weekday rule. Not scoped: the calendar is national. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    @Column(name = "cal_date")
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    private DayKind kind;
    private String name;

    protected CalendarDay() {}

    CalendarDay(LocalDate date, DayKind kind, String name) {
        this.date = date;
        this.kind = kind;
        this.name = name;
    }

    void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDate() { return date; }
    public DayKind getKind() { return kind; }
    public String getName() { return name; }
}

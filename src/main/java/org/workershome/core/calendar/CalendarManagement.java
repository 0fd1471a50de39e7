package org.workershome.core.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.InvalidInput;

/** Admin edits of the working-day calendar; each one is audited and evicts {@link WorkingDays}' cache. */
@Service
public class CalendarManagement {

    static final int NAME_MAX = 50;

    private final CalendarDays days;
    private final WorkingDays workingDays;
    private final AuditTrail audit;

    CalendarManagement(CalendarDays days, WorkingDays workingDays, AuditTrail audit) {
        this.days = days;
        this.workingDays = workingDays;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> year(int year) {
        return between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Transactional(readOnly = true)
    public List<CalendarDay> between(LocalDate from, LocalDate to) {
        return days.findByDateBetweenOrderByDate(from, to);
    }

    /** Makes {@code date} a holiday or a make-up working day, replacing what was listed for it. */
    @Transactional
    public CalendarDay set(LocalDate date, DayKind kind, String name) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (date == null) {
            errors.put("date", "calendar.error.dateRequired");
        }
        if (kind == null) {
            errors.put("kind", "calendar.error.kindRequired");
        }
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty()) {
            errors.put("name", "calendar.error.nameRequired");
        } else if (cleanName.length() > NAME_MAX) {
            errors.put("name", "calendar.error.nameTooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        CalendarDay day = days.findById(date).orElse(null);
        String before = day == null ? "NORMAL" : day.getKind() + " " + day.getName();
        if (day == null) {
            day = days.save(new CalendarDay(date, kind, cleanName));
        } else {
            day.change(kind, cleanName);
        }
        workingDays.evict();
        audit.record("CALENDAR_UPDATE", "CalendarDay", date, null, before + " → " + kind + " " + cleanName);
        return day;
    }

    /** Lets {@code date} follow the weekday rule again; false if nothing was listed for it. */
    @Transactional
    public boolean reset(LocalDate date) {
        CalendarDay day = days.findById(date).orElse(null);
        if (day == null) {
            return false;
        }
        days.delete(day);
        workingDays.evict();
        audit.record("CALENDAR_UPDATE", "CalendarDay", date, null, day.getKind() + " " + day.getName() + " → NORMAL");
        return true;
    }
}

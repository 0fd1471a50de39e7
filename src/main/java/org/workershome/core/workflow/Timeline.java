package org.workershome.core.workflow;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.audit.AuditTrail.Actor;
import org.workershome.core.notification.Text;

/**
 * Writes and reads workflow timelines. Each step also goes to the audit log, so a state change is
 * recorded once by the module and twice by the platform (timeline for users, audit log for auditors).
 * Steps are inserted with JDBC (several in one batch), in the caller's transaction.
 */
@Service
public class Timeline {

    private static final String INSERT = """
            insert into workflow_transition (target_type, target_id, action, from_state, to_state, actor_account_id,
                actor_name, note, note_text, occurred_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final TimelineEntries entries;
    private final AuditTrail audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Timeline(TimelineEntries entries, AuditTrail audit, JdbcTemplate jdbc, Clock clock) {
        this.entries = entries;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A step to record: on what, in which org, which action from which state to which, by whom, with a note a person
     * wrote and/or one the system wrote ({@code noteText}, shown in each reader's language).
     */
    public record Step(String targetType, Long targetId, Long orgId, Enum<?> action, Enum<?> from, Enum<?> to,
            String note, Text noteText, Actor actor) {

        public Step(String targetType, Long targetId, Long orgId, Enum<?> action, Enum<?> from, Enum<?> to,
                String note, Actor actor) {
            this(targetType, targetId, orgId, action, from, to, note, null, actor);
        }
    }

    /** Records a step by the signed-in user (or the system, for jobs). Must run in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TimelineEntry record(String targetType, Long targetId, Long orgId, Enum<?> action, Enum<?> from, Enum<?> to,
            String note) {
        return recordAll(List.of(new Step(targetType, targetId, orgId, action, from, to, note, Actor.current()))).get(0);
    }

    /** The same with a note the system writes (a message key and its arguments), shown in the reader's language. */
    @Transactional(propagation = Propagation.MANDATORY)
    public TimelineEntry recordWithText(String targetType, Long targetId, Long orgId, Enum<?> action, Enum<?> from,
            Enum<?> to, Text note) {
        return recordAll(List.of(new Step(targetType, targetId, orgId, action, from, to, null, note, Actor.current())))
                .get(0);
    }

    /**
     * Records several steps with one batch for the timeline and one for the audit log, e.g. for the records of a
     * {@link org.workershome.core.db.GroupCommit}. Must run in the caller's transaction.
     *
     * @return the entries as stored (without their generated ids), in the order given
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<TimelineEntry> recordAll(List<Step> steps) {
        var now = clock.instant();
        List<TimelineEntry> recorded = steps.stream().map(s -> new TimelineEntry(s.targetType(), s.targetId(),
                s.action().name(), name(s.from()), name(s.to()), s.actor().accountId(),
                s.actor().username() == null ? "system" : s.actor().username(), s.note(), s.noteText(), now)).toList();
        jdbc.batchUpdate(INSERT, recorded, recorded.size(), (ps, e) -> {
            ps.setString(1, e.getTargetType());
            ps.setLong(2, e.getTargetId());
            ps.setString(3, e.getAction());
            ps.setString(4, e.getFromState());
            ps.setString(5, e.getToState());
            ps.setObject(6, e.getActorAccountId(), Types.BIGINT);
            ps.setString(7, e.getActorName());
            ps.setString(8, e.getNote());
            ps.setString(9, e.getNoteTextJson());
            ps.setTimestamp(10, Timestamp.from(e.getOccurredAt()));
        });
        audit.recordAll(steps.stream().map(s -> new AuditTrail.Entry(s.actor(), now,
                s.targetType().toUpperCase() + "_" + s.action().name(), s.targetType(), s.targetId(), s.orgId(),
                (s.from() == null ? "" : s.from().name()) + " → " + (s.to() == null ? "" : s.to().name()))).toList());
        return recorded;
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> of(String targetType, Long targetId) {
        return entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}

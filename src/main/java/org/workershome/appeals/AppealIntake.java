package org.workershome.appeals;

import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.audit.AuditTrail.Actor;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.GroupCommit;
import org.workershome.core.db.GroupCommits;
import org.workershome.core.db.Sequences;
import org.workershome.core.idempotency.IdempotentSubmissions;
import org.workershome.core.idempotency.IdempotentSubmissions.Claim;
import org.workershome.core.idempotency.IdempotentSubmissions.Submission;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;

/**
 * Intake of workers' own appeals from the API, built for the peaks (a notice, a payday): each request is checked
 * on its own thread, then written with the others that arrived meanwhile in one transaction of JDBC batches
 * ({@link GroupCommit}) — appeal rows, idempotency keys, timeline, audit entries and notifications — and answered
 * once that has committed. What cannot go with a batch (a replayed key, a batch that failed) takes the usual
 * path through {@link AppealManagement#submit}, which writes the same rows.
 *
 * <p>The one feature class allowed JDBC (see {@code ScopeBypassRulesTest}): it reads only the signed-in member's own
 * row and checks the write scope itself, as {@code ScopeGuard} would on a JPA persist.
 */
@Service
class AppealIntake {

    static final String PURPOSE = "appeal.submit";
    private static final String INSERT = """
            insert into appeal (id, tracking_no, org_id, member_id, submitted_by_account_id, category, title, content,
                channel, anonymous, confidential, contact_phone, contact_phone_hash, contact_name, status, reopened,
                escalation_level, submitted_at, last_activity_at, due_at, warn_at, warned, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?, ?, ?, false, 0)""";

    /** A checked appeal with who submits it and the key they gave. */
    private record Item(AppealSubmission.Prepared appeal, Actor actor, Claim claim) {}

    private final AppealManagement management;
    private final AppealSubmission submission;
    private final IdempotentSubmissions submissions;
    private final Sequences sequences;
    private final Timeline timeline;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FieldEncryptor encryptor;
    private final JdbcTemplate jdbc;
    private final Scopes scopes;
    private final GroupCommit<Item, AppealSubmission.Submitted> writer;

    AppealIntake(AppealManagement management, AppealSubmission submission, IdempotentSubmissions submissions,
            Sequences sequences, Timeline timeline, AuditTrail audit, ApplicationEventPublisher events,
            FieldEncryptor encryptor, JdbcTemplate jdbc,
            GroupCommits groupCommits, AppealsProperties properties, Scopes scopes) {
        this.scopes = scopes;
        this.management = management;
        this.submission = submission;
        this.submissions = submissions;
        this.sequences = sequences;
        this.timeline = timeline;
        this.audit = audit;
        this.events = events;
        this.encryptor = encryptor;
        this.jdbc = jdbc;
        this.writer = groupCommits.create("appeal-intake", properties.intakeBatch(), 10_000, this::writeAll);
    }

    /**
     * A signed-in member's own appeal, stored once per idempotency key: the same key again answers with the
     * appeal of the first attempt ({@code replayed}).
     */
    Submission<AppealSubmission.Submitted> submit(CurrentUser user, AppealSubmission.AppealDraft draft, String key) {
        if (user.memberId() == null) {
            throw new BusinessException(HttpStatus.FORBIDDEN, "appeal.error.notAMember");
        }
        // the member's org and phone without loading the member: one indexed read, no persistence context
        Map<String, Object> member = jdbc.queryForList("select org_id, phone from member where id = ?", user.memberId())
                .stream().findFirst().orElseThrow(NotFound.of("member", user.memberId()));
        var prepared = submission.prepareSubmission(user, ((Number) member.get("org_id")).longValue(),
                encryptor.decrypt((String) member.get("phone")), draft);
        // what ScopeGuard checks when JPA persists an appeal; the writer thread has no user to check
        scopes.checkWritable(prepared.orgId(), prepared.memberId());
        Optional<AppealSubmission.Submitted> written = writer.submit(
                new Item(prepared, Actor.current(), submissions.claim(key, PURPOSE).orElse(null)));
        if (written.isPresent()) {
            return new Submission<>(written.get(), false);
        }
        return submissions.submit(key, PURPOSE, () -> submission.submit(user, draft), s -> s.appeal().getTrackingNo(),
                no -> Optional.of(management.get(no)).map(a -> new AppealSubmission.Submitted(a, management.timelineOf(a))));
    }

    /**
     * One batch, in the writer's transaction: numbers, keys, rows, timeline with audit, and one
     * {@link AppealsSubmitted} for the whole batch, so that its listeners (notifications) write in one batch too.
     */
    private List<AppealSubmission.Submitted> writeAll(List<Item> items) {
        List<Long> ids = sequences.next("appeal_seq", items.size());
        List<Appeal> appeals = new ArrayList<>(items.size());
        List<Claim> claims = new ArrayList<>();
        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Appeal appeal = items.get(i).appeal().numbered(ids.get(i));
            appeals.add(appeal);
            if (items.get(i).claim() != null) {
                claims.add(items.get(i).claim());
                claimed.add(appeal.getTrackingNo());
            }
        }
        if (!claims.isEmpty()) {
            // first, so that a replayed key fails the batch before anything else is written
            submissions.storeAll(claims, claimed);
        }
        jdbc.batchUpdate(INSERT, appeals, appeals.size(), (ps, a) -> {
            ps.setLong(1, a.getId());
            ps.setString(2, a.getTrackingNo());
            ps.setLong(3, a.getOrgId());
            ps.setObject(4, a.getMemberId(), Types.BIGINT);
            ps.setObject(5, a.getSubmittedByAccountId(), Types.BIGINT);
            ps.setString(6, a.getCategory());
            ps.setString(7, a.getTitle());
            ps.setString(8, a.getContent());
            ps.setString(9, a.getChannel().name());
            ps.setBoolean(10, a.isAnonymous());
            ps.setBoolean(11, a.isConfidential());
            ps.setString(12, encryptor.encrypt(a.getContactPhone()));
            ps.setString(13, a.getContactPhoneHash());
            ps.setString(14, encryptor.encrypt(a.getContactName()));
            ps.setString(15, a.getStatus().name());
            ps.setTimestamp(16, Timestamp.from(a.getSubmittedAt()));
            ps.setTimestamp(17, Timestamp.from(a.getLastActivityAt()));
            ps.setTimestamp(18, a.getDueAt() == null ? null : Timestamp.from(a.getDueAt()));
            ps.setTimestamp(19, a.getWarnAt() == null ? null : Timestamp.from(a.getWarnAt()));
        });
        List<AuditTrail.Entry> created = new ArrayList<>(items.size());
        List<Timeline.Step> steps = new ArrayList<>(items.size());
        List<AppealFacts> facts = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Appeal a = appeals.get(i);
            Actor actor = items.get(i).actor();
            // what AuditListener writes for an appeal persisted through JPA
            created.add(new AuditTrail.Entry(actor, a.getSubmittedAt(), "APPEAL_CREATE", AppealManagement.TARGET,
                    a.getId(), a.getOrgId(), null));
            steps.add(new Timeline.Step(AppealManagement.TARGET, a.getId(), a.getOrgId(), AppealAction.SUBMIT, null,
                    AppealStatus.SUBMITTED, null, actor));
            facts.add(AppealFacts.of(a));
        }
        audit.recordAll(created);
        List<org.workershome.core.workflow.TimelineEntry> entries = timeline.recordAll(steps);
        events.publishEvent(new AppealsSubmitted(facts));
        List<AppealSubmission.Submitted> submitted = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            submitted.add(new AppealSubmission.Submitted(appeals.get(i), List.of(entries.get(i))));
        }
        return submitted;
    }
}

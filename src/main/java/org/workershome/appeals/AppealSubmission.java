package org.workershome.appeals;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.Sequences;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.member.Member;
import org.workershome.core.member.MemberManagement;
import org.workershome.core.member.PhoneNumber;
import org.workershome.core.time.Times;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * New appeals: a member's own (the form, the app; {@link AppealIntake} stores the API's in batches) and those a
 * cadre records from the 12351 hotline, a visit or a letter. Each is checked, numbered, put on its timeline with
 * its first deadline and announced ({@link AppealsSubmitted}).
 */
@Service
public class AppealSubmission {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Times.ZONE);

    private final AppealCategoryManagement categoryManagement;
    private final MemberManagement members;
    private final Access access;
    private final Timeline timeline;
    private final AppealDeadlineRules deadlines;
    private final ApplicationEventPublisher events;
    private final FieldEncryptor encryptor;
    private final EntityManager entityManager;
    private final Sequences sequences;
    private final Clock clock;

    AppealSubmission(AppealCategoryManagement categoryManagement, MemberManagement members, Access access,
            Timeline timeline, AppealDeadlineRules deadlines, ApplicationEventPublisher events, FieldEncryptor encryptor,
            EntityManager entityManager, Sequences sequences, Clock clock) {
        this.categoryManagement = categoryManagement;
        this.members = members;
        this.access = access;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.events = events;
        this.encryptor = encryptor;
        this.entityManager = entityManager;
        this.sequences = sequences;
        this.clock = clock;
    }

    /** What a worker (or a cadre recording a call, visit or letter) submits. */
    public record AppealDraft(String category, String title, String content, boolean anonymous, boolean confidential,
            AppealChannel channel, Long orgId, String contactName, String contactPhone) {}

    /** A new appeal with the one step on its timeline, so that answering needs no reading back. */
    public record Submitted(Appeal appeal, List<TimelineEntry> timeline) {}

    /** A signed-in member's own appeal, handled by the member's grassroots union. */
    @Transactional
    public Submitted submit(CurrentUser user, AppealDraft draft) {
        if (user.memberId() == null) {
            throw new BusinessException(org.springframework.http.HttpStatus.FORBIDDEN, "appeal.error.notAMember");
        }
        Member member = members.get(user.memberId()); // the member's own record, in its own scope
        return create(prepareSubmission(user, member.getOrgId(), member.getPhone(), draft));
    }

    /**
     * Checks a member's own appeal and makes it ready to store, without a transaction: the member's org and
     * phone are given by the caller ({@link AppealIntake} reads them without loading the member).
     */
    Prepared prepareSubmission(CurrentUser user, Long memberOrgId, String memberPhone, AppealDraft draft) {
        AppealChannel channel = draft.channel() == AppealChannel.APP ? AppealChannel.APP : AppealChannel.WEB;
        String phone = draft.contactPhone() == null || draft.contactPhone().isBlank() ? memberPhone : draft.contactPhone();
        return prepare(memberOrgId, user.memberId(), user, draft, channel, null, phone);
    }

    /** An appeal that came by the 12351 hotline, a visit or a letter, recorded by a cadre for the worker. */
    @Transactional
    public Appeal record(CurrentUser cadre, AppealDraft draft) {
        if (draft.channel() == null || draft.channel() == AppealChannel.WEB || draft.channel() == AppealChannel.APP) {
            throw InvalidInput.field("channel", "appeal.channel.recorded");
        }
        if (draft.orgId() == null) {
            throw InvalidInput.field("orgId", "appeal.orgId.required");
        }
        access.require(cadre, AppealsModule.HANDLE, draft.orgId());
        if (draft.contactName() == null || draft.contactName().isBlank()) {
            throw InvalidInput.field("contactName", "appeal.contactName.required");
        }
        return create(prepare(draft.orgId(), null, cadre, draft, draft.channel(), draft.contactName().strip(),
                draft.contactPhone())).appeal();
    }

    /**
     * A checked appeal, not yet numbered or stored: what {@link #create} and {@link AppealIntake} need, all taken
     * on the request's thread.
     */
    record Prepared(Long orgId, Long memberId, Long submittedByAccountId, AppealCategory category, String title,
            String content, AppealChannel channel, boolean anonymous, boolean confidential, Appeal.Contact contact,
            Instant at, Appeal.Deadline firstResponse) {

        /** The appeal under its number from {@code appeal_seq}; the tracking number is made from it. */
        Appeal numbered(long id) {
            String trackingNo = "SQ" + DAY.format(at) + "-" + String.format("%06d", id % 1_000_000);
            return new Appeal(id, trackingNo, orgId, memberId, submittedByAccountId, category.getCode(), title, content,
                    channel, anonymous, confidential, contact, at, firstResponse);
        }
    }

    private Prepared prepare(Long orgId, Long memberId, CurrentUser by, AppealDraft draft, AppealChannel channel,
            String contactName, String contactPhone) {
        AppealCategory category = validCategory(draft.category());
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (draft.title() == null || draft.title().isBlank()) {
            errors.put("title", "appeal.title.required");
        } else if (draft.title().strip().length() > 100) {
            errors.put("title", "appeal.title.size");
        }
        if (draft.content() == null || draft.content().isBlank()) {
            errors.put("content", "appeal.content.required");
        } else if (draft.content().strip().length() > 5000) {
            errors.put("content", "appeal.content.size");
        }
        String phone = null;
        if (contactPhone != null && !contactPhone.isBlank()) {
            phone = PhoneNumber.parse(contactPhone).orElse(null);
            if (phone == null) {
                errors.put("contactPhone", "member.phone.invalid");
            }
        } else if (memberId == null) {
            errors.put("contactPhone", "appeal.contactPhone.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        Appeal.Contact contact = phone == null && contactName == null ? null
                : new Appeal.Contact(contactName, phone, phone == null ? null : encryptor.blindIndex(phone));
        return new Prepared(orgId, memberId, by.accountId(), category, draft.title().strip(), draft.content().strip(),
                channel, draft.anonymous(), draft.confidential(), contact, now,
                deadlines.deadline(now, category.getFirstResponseDays()));
    }

    private Submitted create(Prepared prepared) {
        Appeal appeal = prepared.numbered(sequences.next("appeal_seq"));
        entityManager.persist(appeal);
        TimelineEntry submitted = timeline.record(AppealManagement.TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.SUBMIT, null,
                AppealStatus.SUBMITTED, null);
        events.publishEvent(AppealsSubmitted.one(AppealFacts.of(appeal)));
        return new Submitted(appeal, List.of(submitted));
    }

    private AppealCategory validCategory(String code) {
        return code == null ? null : categoryManagement.active(code)
                .orElseThrow(() -> InvalidInput.field("category", "appeal.category.unknown"));
    }
}

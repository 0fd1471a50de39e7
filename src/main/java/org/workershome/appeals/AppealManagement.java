package org.workershome.appeals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.db.Sequences;
import org.workershome.core.member.Member;
import org.workershome.core.member.MemberManagement;
import org.workershome.core.member.PhoneNumber;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.scope.Scopes;
import org.workershome.core.time.Times;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * Submits appeals and moves them through their workflow; keeps their deadlines in working days and
 * escalates overdue ones up the org tree. Every step is on the appeal's timeline and in the audit log, and
 * publishes its past-tense event ({@link AppealsSubmitted}, {@link AppealEscalated}, …), on which
 * {@link AppealNotifier} tells the worker and the handlers once the step has committed.
 */
@Service
public class AppealManagement {

    static final String TARGET = "Appeal";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(Times.ZONE);

    private final Appeals appeals;
    private final AppealCategories categories;
    private final AppealCategoryManagement categoryManagement;
    private final MemberManagement members;
    private final OrgDirectory orgs;
    private final Access access;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final FieldEncryptor encryptor;
    private final MessageSource messages;
    private final EntityManager entityManager;
    private final AppealsProperties properties;
    private final Clock clock;
    private final Sequences sequences;

    AppealManagement(Appeals appeals, AppealCategories categories, AppealCategoryManagement categoryManagement,
            MemberManagement members, OrgDirectory orgs, Access access,
            Timeline timeline, WorkingDays workingDays, ApplicationEventPublisher events, FieldEncryptor encryptor,
            MessageSource messages, EntityManager entityManager, AppealsProperties properties,
            Clock clock, Sequences sequences) {
        this.sequences = sequences;
        this.appeals = appeals;
        this.categories = categories;
        this.categoryManagement = categoryManagement;
        this.members = members;
        this.orgs = orgs;
        this.access = access;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.events = events;
        this.encryptor = encryptor;
        this.messages = messages;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    /** What a worker (or a cadre recording a call, visit or letter) submits. */
    public record AppealDraft(String category, String title, String content, boolean anonymous, boolean confidential,
            AppealChannel channel, Long orgId, String contactName, String contactPhone) {}

    /** An action on an appeal: note (reason, answer, progress), target org for TRANSFER, rating for CLOSE/RATE. */
    public record ActionRequest(AppealAction action, String note, Long toOrgId, Integer rating) {}

    // ---------------------------------------------------------------- reading

    /** An appeal in the caller's scope (handlers: their subtree; workers: their own), else 404. */
    @Transactional(readOnly = true)
    public Appeal get(String trackingNo) {
        return appeals.findByTrackingNo(trackingNo).orElseThrow(NotFound.of("appeal", trackingNo));
    }

    @Transactional(readOnly = true)
    public List<TimelineEntry> timelineOf(Appeal appeal) {
        return timeline.of(TARGET, appeal.getId());
    }

    @Transactional(readOnly = true)
    public List<AppealCategory> categories() {
        return categories.findByActiveTrueOrderBySortOrder();
    }

    public java.util.Map<String, String> categoryNames(Locale locale) {
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        categories.findAll().forEach(c -> names.put(c.getCode(), c.name(locale)));
        return names;
    }

    /** For someone without an account: tracking number and the phone given with the appeal. */
    @Transactional(readOnly = true)
    public Optional<Appeal> track(String trackingNo, String phone) {
        Optional<String> normalised = PhoneNumber.parse(phone);
        if (normalised.isEmpty() || trackingNo == null) {
            return Optional.empty();
        }
        String hash = encryptor.blindIndex(normalised.get());
        // public read: who tracks by number and phone has no account, so no scope; the phone's hash is the check
        return Scopes.asSystem(() -> appeals.findByTrackingNo(trackingNo.strip()))
                .filter(a -> hash.equals(a.getContactPhoneHash()));
    }

    // ---------------------------------------------------------------- submitting

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
                deadline(now, category.getFirstResponseDays()));
    }

    private Submitted create(Prepared prepared) {
        Appeal appeal = prepared.numbered(sequences.next("appeal_seq"));
        entityManager.persist(appeal);
        TimelineEntry submitted = timeline.record(TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.SUBMIT, null,
                AppealStatus.SUBMITTED, null);
        events.publishEvent(AppealsSubmitted.one(AppealFacts.of(appeal)));
        return new Submitted(appeal, List.of(submitted));
    }

    // ---------------------------------------------------------------- acting

    /**
     * Applies an action to an appeal the caller can see (404 otherwise). Handler actions need the handle permission
     * for the appeal's org (403 otherwise); the worker's actions need the worker to be the one who submitted it.
     */
    @Transactional
    public Appeal act(CurrentUser user, String trackingNo, ActionRequest request) {
        if (request.action() == null || !(request.action().byHandler() || request.action().bySubmitter())) {
            throw InvalidInput.field("action", "appeal.action.unknown");
        }
        Appeal appeal = get(trackingNo);
        if (request.action().byHandler()) {
            access.require(user, AppealsModule.HANDLE, appeal.getOrgId());
        } else if (!appeal.isSubmittedBy(user.memberId())) {
            throw new BusinessException(org.springframework.http.HttpStatus.FORBIDDEN, "error.forbidden");
        }
        Instant now = clock.instant();
        AppealCategory category = categories.findById(appeal.getCategory()).orElseThrow();
        Long fromOrg = appeal.getOrgId();
        AppealStatus from = switch (request.action()) {
            case ACCEPT -> appeal.accept(now, workDeadline(appeal, category, now));
            case REJECT -> appeal.reject(request.note(), now);
            case TRANSFER -> transfer(user, appeal, request, category, now);
            case START -> appeal.start(now, workDeadline(appeal, category, now));
            case UPDATE -> appeal.update(request.note(), now, workDeadline(appeal, category, now));
            case REPLY -> appeal.reply(request.note(), now);
            case CLOSE -> appeal.close(request.rating(), now);
            case RATE -> {
                if (request.rating() == null) {
                    throw InvalidInput.field("rating", "appeal.rating.range");
                }
                yield appeal.rate(request.rating(), now);
            }
            case REOPEN -> appeal.reopen(request.note(), now, workDeadline(appeal, category, now));
            case WITHDRAW -> appeal.withdraw(now);
            default -> throw InvalidInput.field("action", "appeal.action.unknown");
        };
        String note = request.note();
        if (request.action() == AppealAction.RATE || (request.action() == AppealAction.CLOSE && request.rating() != null)) {
            note = (note == null ? "" : note + " ") + "★" + request.rating();
        }
        timeline.record(TARGET, appeal.getId(), appeal.getOrgId(), request.action(), from, appeal.getStatus(), note);
        entityManager.flush();
        AppealFacts facts = AppealFacts.of(appeal);
        events.publishEvent(switch (request.action()) {
            case ACCEPT -> new AppealAccepted(facts);
            case TRANSFER -> new AppealTransferred(facts, fromOrg);
            case REPLY -> new AppealReplied(facts);
            case CLOSE, REJECT, WITHDRAW -> new AppealClosed(facts, request.action());
            default -> new AppealProgressed(facts, request.action());
        });
        return appeal;
    }

    private AppealStatus transfer(CurrentUser user, Appeal appeal, ActionRequest request, AppealCategory category,
            Instant now) {
        if (request.toOrgId() == null) {
            throw InvalidInput.field("toOrgId", "appeal.toOrgId.required");
        }
        OrgSummary to = orgs.find(request.toOrgId())
                .orElseThrow(() -> InvalidInput.field("toOrgId", "appeal.toOrgId.unknown"));
        access.require(user, AppealsModule.HANDLE, to.id());
        if (!to.active()) {
            throw InvalidInput.field("toOrgId", "appeal.toOrgId.unknown");
        }
        return appeal.transferTo(to.id(), now, deadline(now, category.getFirstResponseDays()));
    }

    // ---------------------------------------------------------------- timers (run by AppealDeadlineJob)

    /** Escalates one overdue appeal one level up; at the national level it stays supervised there. */
    @Transactional
    public void escalateIfOverdue(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        Instant now = clock.instant();
        if (appeal == null || !appeal.getStatus().isOpen() || !appeal.isOverdue(now)) {
            return;
        }
        Long current = appeal.getEscalatedToOrgId() != null ? appeal.getEscalatedToOrgId() : appeal.getOrgId();
        Long parent = orgs.parentOf(current).map(OrgSummary::id).orElse(null);
        if (parent == null) {
            appeal.markOverdueAtTop();
            return;
        }
        AppealCategory category = categories.findById(appeal.getCategory()).orElseThrow();
        appeal.escalate(parent, now, deadline(now, category.getFirstResponseDays()));
        timeline.record(TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.ESCALATED, appeal.getStatus(),
                appeal.getStatus(), timelineNote("appeal.timeline.escalatedTo", orgs.find(parent).map(OrgSummary::name).orElse("")));
        events.publishEvent(new AppealEscalated(AppealFacts.of(appeal), current, parent));
    }

    /** Tells the handlers once when 80 % of the time to the deadline has passed. */
    @Transactional
    public void warnIfNearlyDue(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        if (appeal == null || !appeal.needsWarning(clock.instant())) {
            return;
        }
        appeal.markWarned();
        Long handlingOrg = appeal.getEscalatedToOrgId() != null ? appeal.getEscalatedToOrgId() : appeal.getOrgId();
        events.publishEvent(new AppealNearlyDue(AppealFacts.of(appeal), handlingOrg));
    }

    /** A reply the worker neither confirmed nor contested within the configured days closes by itself. */
    @Transactional
    public void autoCloseIfStale(Long appealId) {
        Appeal appeal = appeals.findById(appealId).orElse(null);
        Instant now = clock.instant();
        if (appeal == null || appeal.getStatus() != AppealStatus.REPLIED
                || appeal.getRepliedAt().plus(properties.autoCloseAfter()).isAfter(now)) {
            return;
        }
        AppealStatus from = appeal.autoClose(now);
        timeline.record(TARGET, appeal.getId(), appeal.getOrgId(), AppealAction.AUTO_CLOSE, from, appeal.getStatus(), null);
        events.publishEvent(new AppealClosed(AppealFacts.of(appeal), AppealAction.AUTO_CLOSE));
    }

    // ---------------------------------------------------------------- helpers

    private AppealCategory validCategory(String code) {
        return code == null ? null : categoryManagement.active(code)
                .orElseThrow(() -> InvalidInput.field("category", "appeal.category.unknown"));
    }

    /** While being worked on: the next progress update or the resolution deadline, whichever is first. */
    private Appeal.Deadline workDeadline(Appeal appeal, AppealCategory category, Instant now) {
        Appeal.Deadline update = deadline(now, category.getUpdateDays());
        Appeal.Deadline resolution = deadline(appeal.getSubmittedAt(), category.getResolutionDays());
        return resolution.dueAt().isBefore(update.dueAt()) && resolution.dueAt().isAfter(now) ? resolution : update;
    }

    private Appeal.Deadline deadline(Instant start, int days) {
        Instant due = workingDays.deadline(start, days);
        long span = Duration.between(start, due).toMillis();
        return new Appeal.Deadline(due, start.plusMillis(span * properties.warnPercent() / 100));
    }

    /**
     * A note the system writes on the timeline, in Chinese: the timeline's note is free text (the handlers' reasons
     * and answers), a column without key and arguments, so it cannot be rendered later in the reader's language.
     */
    private String timelineNote(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}

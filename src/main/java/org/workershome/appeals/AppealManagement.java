package org.workershome.appeals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.member.PhoneNumber;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.org.OrgDirectory.OrgSummary;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.workflow.Timeline;
import org.workershome.core.workflow.TimelineEntry;

/**
 * Reads appeals and moves them through their workflow (new ones come from {@link AppealSubmission}, what time does
 * to them from {@link AppealTimers}). Every step is on the appeal's timeline and in the audit log, and publishes
 * its past-tense event ({@link AppealAccepted}, {@link AppealReplied}, …), on which {@link AppealNotifier} tells the
 * worker and the handlers before the step commits.
 */
@Service
public class AppealManagement {

    static final String TARGET = "Appeal";

    private final Appeals appeals;
    private final AppealCategories categories;
    private final OrgDirectory orgs;
    private final Access access;
    private final Timeline timeline;
    private final AppealDeadlineRules deadlines;
    private final ApplicationEventPublisher events;
    private final FieldEncryptor encryptor;
    private final EntityManager entityManager;
    private final Clock clock;

    AppealManagement(Appeals appeals, AppealCategories categories, OrgDirectory orgs, Access access, Timeline timeline,
            AppealDeadlineRules deadlines, ApplicationEventPublisher events, FieldEncryptor encryptor,
            EntityManager entityManager, Clock clock) {
        this.appeals = appeals;
        this.categories = categories;
        this.orgs = orgs;
        this.access = access;
        this.timeline = timeline;
        this.deadlines = deadlines;
        this.events = events;
        this.encryptor = encryptor;
        this.entityManager = entityManager;
        this.clock = clock;
    }

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
            case ACCEPT -> appeal.accept(now, deadlines.workDeadline(appeal, category, now));
            case REJECT -> appeal.reject(request.note(), now);
            case TRANSFER -> transfer(user, appeal, request, category, now);
            case START -> appeal.start(now, deadlines.workDeadline(appeal, category, now));
            case UPDATE -> appeal.update(request.note(), now, deadlines.workDeadline(appeal, category, now));
            case REPLY -> appeal.reply(request.note(), now);
            case CLOSE -> appeal.close(request.rating(), now);
            case RATE -> {
                if (request.rating() == null) {
                    throw InvalidInput.field("rating", "appeal.rating.range");
                }
                yield appeal.rate(request.rating(), now);
            }
            case REOPEN -> appeal.reopen(request.note(), now, deadlines.workDeadline(appeal, category, now));
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
        return appeal.transferTo(to.id(), now, deadlines.deadline(now, category.getFirstResponseDays()));
    }
}

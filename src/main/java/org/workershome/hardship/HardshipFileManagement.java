package org.workershome.hardship;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.calendar.WorkingDays;
import org.workershome.core.error.BusinessException;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.workflow.Timeline;

/**
 * The path of a file through its workflow (verify, notice, approve, reject, review, confirm, exit, cancel,
 * temporary relief), with its timeline, and the visits handlers record. Acts load the file in scope (404 when
 * invisible) and then check who may do what (403).
 */
@Service
public class HardshipFileManagement {

    private static final String TARGET = HardshipApplications.TARGET;

    private final HardshipFileAccess fileAccess;
    private final HardshipVisits visits;
    private final HardshipObjections objections;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final HardshipProperties properties;
    private final Clock clock;

    HardshipFileManagement(HardshipFileAccess fileAccess, HardshipVisits visits, HardshipObjections objections,
            Timeline timeline, WorkingDays workingDays, ApplicationEventPublisher events, EntityManager entityManager,
            HardshipProperties properties, Clock clock) {
        this.fileAccess = fileAccess;
        this.visits = visits;
        this.objections = objections;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.events = events;
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    public record ActionRequest(HardshipAction action, String note, HardshipGrade grade, LocalDate visitDate) {}

    /** What this user may do to the file now (for showing only the buttons that work). */
    public List<HardshipAction> allowedActions(CurrentUser user, HardshipFile file) {
        List<HardshipAction> result = new ArrayList<>();
        for (HardshipAction action : HardshipFile.MACHINE.actionsFrom(file.getStatus())) {
            if (mayDo(user, file, action)) {
                result.add(action);
            }
        }
        return result;
    }

    private boolean mayDo(CurrentUser user, HardshipFile file, HardshipAction action) {
        return switch (action) {
            case APPROVE -> fileAccess.mayApprove(user, file);
            case REJECT -> file.getStatus() == HardshipStatus.PUBLIC_NOTICE ? fileAccess.mayApprove(user, file)
                    : fileAccess.mayHandle(user, file);
            case CANCEL -> fileAccess.mayHandle(user, file)
                    || (file.belongsTo(user.memberId()) && file.getStatus() == HardshipStatus.APPLIED);
            case APPLY, REMIND_REVIEW, UPDATE_HOUSEHOLD, REOPEN -> false;
            default -> fileAccess.mayHandle(user, file);
        };
    }

    @Transactional
    public HardshipFile act(CurrentUser user, Long id, ActionRequest request) {
        if (request.action() == null || request.action() == HardshipAction.APPLY
                || request.action() == HardshipAction.REMIND_REVIEW || request.action() == HardshipAction.UPDATE_HOUSEHOLD
                || request.action() == HardshipAction.REOPEN) {
            throw InvalidInput.field("action", "hardship.action.unknown");
        }
        HardshipFile file = fileAccess.get(id);
        if (!mayDo(user, file, request.action())) {
            if (request.action() == HardshipAction.APPROVE || request.action() == HardshipAction.REJECT) {
                if (fileAccess.mayHandle(user, file) && (request.action() == HardshipAction.APPROVE
                        || file.getStatus() == HardshipStatus.PUBLIC_NOTICE)) {
                    throw new BusinessException(HttpStatus.FORBIDDEN, "hardship.error.approveByParent");
                }
            }
            throw new OutOfScope();
        }
        Instant now = clock.instant();
        String note = Input.blankToNull(request.note());
        HardshipStatus from = switch (request.action()) {
            case VERIFY -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.visitRequired");
                }
                LocalDate on = request.visitDate() != null ? request.visitDate() : LocalDate.now(clock);
                if (on.isAfter(LocalDate.now(clock))) {
                    throw InvalidInput.field("visitDate", "hardship.visitDate.future");
                }
                HardshipStatus before = file.verify(request.grade(), now);
                visits.save(new HardshipVisit(file, HardshipVisit.Kind.HOME_VISIT, on, user.accountId(),
                        user.displayName(), note, now));
                yield before;
            }
            case START_NOTICE -> file.startNotice(now, noticeEnd(now));
            case OBJECT -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.required");
                }
                HardshipStatus before = file.object();
                objections.save(new HardshipObjection(file, user.accountId(), null, note, now));
                yield before;
            }
            // the handler reads every objection of a file in his scope
            case APPROVE -> file.approve(user.accountId(), objections.countByFileId(file.getId()), note, now);
            case REJECT -> file.reject(note, now);
            case REVIEW -> file.startReview(now);
            case CONFIRM -> {
                if (note == null) {
                    throw InvalidInput.field("note", "hardship.note.visitRequired");
                }
                HardshipStatus before = file.confirm(request.grade(), now);
                visits.save(new HardshipVisit(file, HardshipVisit.Kind.REVIEW, LocalDate.now(clock), user.accountId(),
                        user.displayName(), note, now));
                yield before;
            }
            case EXIT -> file.exit(note, now);
            case CANCEL -> file.cancel(note, now);
            case GRANT_TEMPORARY -> file.grantTemporary(now);
            case CONVERT -> file.convert();
            case APPLY, REMIND_REVIEW, UPDATE_HOUSEHOLD, REOPEN -> throw InvalidInput.field("action", "hardship.action.unknown");
        };
        timeline.record(TARGET, file.getId(), file.getOrgId(), request.action(), from, file.getStatus(), note);
        entityManager.flush();
        events.publishEvent(new HardshipFileStepTaken(file.getId(), file.getFileNo(), file.getOrgId(),
                file.getMemberId(), request.action(), file.getStatus()));
        return file;
    }

    @Transactional
    public HardshipVisit recordVisit(CurrentUser user, Long fileId, HardshipVisit.Kind kind, LocalDate on, String note) {
        HardshipFile file = fileAccess.get(fileId);
        if (!fileAccess.mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (Input.blankToNull(note) == null) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (day.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.field("visitDate", "hardship.visitDate.future");
        }
        return visits.save(new HardshipVisit(file, kind == null ? HardshipVisit.Kind.PAIRING : kind, day,
                user.accountId(), user.displayName(), note.strip(), clock.instant()));
    }

    /** The end of the notice started at {@code start}: 23:59:59 of the n-th working day after that day. */
    public Instant noticeEnd(Instant start) {
        return workingDays.deadline(start, properties.noticeWorkingDays());
    }
}

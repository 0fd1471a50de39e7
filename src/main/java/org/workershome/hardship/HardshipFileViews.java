package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.notification.Texts;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.workflow.TimelineEntry;

/** A file as the API shows it: always masked (the full data only through {@code /personal-data}, audited). */
@Component
class HardshipFileViews {

    static final String MASK = "****";

    private final HardshipFileAccess fileAccess;
    private final HardshipQueries queries;
    private final HardshipFileManagement management;
    private final HardshipNotices notices;
    private final PairingManagement pairing;
    private final HardshipEvidence evidence;
    private final AidManagement aid;
    private final PovertyLineManagement povertyLines;
    private final OrgDirectory orgDirectory;
    private final Texts texts;

    HardshipFileViews(HardshipFileAccess fileAccess, HardshipQueries queries, HardshipFileManagement management,
            HardshipNotices notices, PairingManagement pairing, HardshipEvidence evidence, AidManagement aid,
            PovertyLineManagement povertyLines, OrgDirectory orgDirectory, Texts texts) {
        this.texts = texts;
        this.fileAccess = fileAccess;
        this.queries = queries;
        this.management = management;
        this.notices = notices;
        this.pairing = pairing;
        this.evidence = evidence;
        this.aid = aid;
        this.povertyLines = povertyLines;
        this.orgDirectory = orgDirectory;
    }

    record Step(String action, String from, String to, String by, Instant at, String note) {}

    record PersonView(String name, String relation, Integer age, String health, String work, String monthlyIncome) {}

    record VisitView(Long id, String kind, LocalDate date, String visitor, String note) {
        static VisitView of(HardshipVisit v) {
            return new VisitView(v.getId(), v.getKind().name(), v.getVisitedOn(), v.getVisitorName(), v.getNote());
        }
    }

    record AidView(Long id, String type, BigDecimal amount, String amountText, String description, Long fundId,
            Long projectId, LocalDate date, String handler, boolean reversed, String reversalReason) {
        static AidView of(Aid a) {
            return new AidView(a.getId(), a.getType().name(), a.getAmount(), a.getAmountText(), a.getDescription(),
                    a.getFundId(), a.getProjectId(), a.getAidDate(), a.getHandlerName(), a.isReversed(),
                    a.getReversalReason());
        }
    }

    record PairingView(Long id, Long cadreAccountId, String cadre, LocalDate startedOn, LocalDate endedOn) {
        static PairingView of(Pairing p) {
            return new PairingView(p.getId(), p.getCadreAccountId(), p.getCadreName(), p.getStartedOn(), p.getEndedOn());
        }
    }

    record AttachmentView(Long id, String kind, Long visitId, String fileName, String contentType, long size) {
        static AttachmentView of(HardshipEvidence.Evidence a) {
            return new AttachmentView(a.getId(), a.kind(), a.visitId(), a.getFileName(),
                    a.getContentType(), a.getSizeBytes());
        }
    }

    record FileView(Long id, String fileNo, String status, boolean temporary, Long orgId, String orgName, Long memberId,
            String memberName, String idNumber, String phone, int householdSize, String monthlyIncomePerCapita,
            BigDecimal povertyLine, boolean belowPovertyLine, List<String> causes, String grade, String description,
            List<PersonView> household, Instant appliedAt, Instant noticeStartedAt, Instant noticeEndsAt,
            Instant approvedAt, Instant lastReviewedAt, Instant reviewDueAt, Instant reviewStartedAt, Instant closedAt,
            String closeReason, Long previousFileId, long objections, List<String> allowedActions, List<Step> timeline, List<VisitView> visits, List<AidView> aid,
            List<PairingView> pairings, List<AttachmentView> attachments) {}

    /** A person's note as written, the system's in the reader's language (both when there are both). */
    private String noteOf(TimelineEntry e) {
        String system = texts.render(e.getNoteText());
        return system == null ? e.getNote() : e.getNote() == null ? system : system + "\n" + e.getNote();
    }

    FileView view(HardshipFile f, CurrentUser user) {
        boolean handler = fileAccess.mayHandle(user, f);
        List<Step> steps = queries.timelineOf(f).stream().map(e -> new Step(e.getAction(), e.getFromState(),
                e.getToState(), e.getActorName(), e.getOccurredAt(),
                !handler && HardshipAction.OBJECT.name().equals(e.getAction()) ? null : noteOf(e))).toList();
        List<PersonView> people = queries.householdOf(f).stream().map(h -> new PersonView(h.getNameMasked(),
                h.getRelation(), h.getAge(), MASK, h.getWork(), MASK)).toList();
        return new FileView(f.getId(), f.getFileNo(), f.getStatus().name(), f.isTemporary(), f.getOrgId(),
                orgDirectory.nameOf(f.getOrgId()), f.getMemberId(), queries.memberName(f), f.getIdNumberMasked(),
                f.getPhoneMasked(), f.getHouseholdSize(), MASK, povertyLines.lineFor(f.getOrgId()).getMonthlyLine(),
                f.isBelowPovertyLine(), f.getCauses().stream().map(Enum::name).toList(),
                f.getGrade() == null ? null : f.getGrade().name(), MASK, people, f.getAppliedAt(),
                f.getNoticeStartedAt(), f.getNoticeEndsAt(), f.getApprovedAt(), f.getLastReviewedAt(),
                queries.reviewDueAt(f), f.getReviewStartedAt(), f.getClosedAt(), f.getCloseReason(),
                f.getPreviousFileId(), notices.objectionsOf(user, f).size(),
                management.allowedActions(user, f).stream().map(Enum::name).toList(), steps,
                queries.visitsOf(f).stream().map(VisitView::of).toList(),
                aid.aidOf(f).stream().map(AidView::of).toList(),
                pairing.pairingsOf(f).stream().map(PairingView::of).toList(),
                evidence.attachmentsOf(f).stream().map(AttachmentView::of).toList());
    }
}

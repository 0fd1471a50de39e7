package org.workershome.hardship;

import static org.workershome.hardship.HardshipAction.*;
import static org.workershome.hardship.HardshipStatus.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Filter;
import org.workershome.core.crypto.EncryptedString;
import org.workershome.core.crypto.Masks;
import org.workershome.core.scope.ScopedEntity;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.workflow.StateMachine;

/**
 * One household's hardship file (困难职工档案). {@code orgId} is the member's grassroots union, {@code memberId} the
 * worker. ID number, phone, income and description are encrypted at rest; the getters without "Masked" return plain
 * values and are read only by the audited reveal. While the file is active, {@code activeHouseholdHash} and
 * {@code activeMemberId} are set, and unique indexes keep one active file per household and per member.
 */
@Entity
@Table(name = "hardship_file")
@Filter(name = ScopedEntity.SELF_FILTER, condition = "(:selfMemberId = 0 or member_id = :selfMemberId)")
public class HardshipFile extends ScopedEntity {

    static final StateMachine<HardshipStatus, HardshipAction> MACHINE = StateMachine
            .of(HardshipStatus.class, HardshipAction.class)
            .allow(VERIFY, APPLIED, VERIFIED)
            .allow(START_NOTICE, VERIFIED, PUBLIC_NOTICE)
            .allow(OBJECT, PUBLIC_NOTICE, PUBLIC_NOTICE)
            .allow(APPROVE, PUBLIC_NOTICE, APPROVED)
            .allow(REJECT, EnumSet.of(APPLIED, VERIFIED, PUBLIC_NOTICE), REJECTED)
            .allow(REVIEW, APPROVED, UNDER_REVIEW)
            .allow(CONFIRM, UNDER_REVIEW, APPROVED)
            .allow(EXIT, EnumSet.of(APPROVED, UNDER_REVIEW, TEMPORARY), EXITED)
            .allow(CANCEL, EnumSet.of(APPLIED, VERIFIED, PUBLIC_NOTICE, APPROVED, UNDER_REVIEW, TEMPORARY), CANCELLED)
            .allow(GRANT_TEMPORARY, APPLIED, TEMPORARY)
            .allow(CONVERT, TEMPORARY, APPLIED)
            .build();

    @Id
    private Long id;
    private String fileNo;
    private Long memberId;
    private Long appliedByAccountId;
    private boolean temporary;
    @Convert(converter = EncryptedString.class)
    private String idNumber;
    private String idNumberHash;
    @Convert(converter = EncryptedString.class)
    private String phone;
    private int householdSize;
    @Convert(converter = EncryptedString.class)
    private String incomePerCapita;
    private boolean belowPovertyLine;
    private String causes;
    @Enumerated(EnumType.STRING)
    private HardshipGrade grade;
    @Convert(converter = EncryptedString.class)
    private String description;
    @Enumerated(EnumType.STRING)
    private HardshipStatus status;
    private String activeHouseholdHash;
    private Long activeMemberId;
    private Instant appliedAt;
    private Instant verifiedAt;
    private Instant noticeStartedAt;
    private Instant noticeEndsAt;
    private Instant approvedAt;
    private Long approvedByAccountId;
    private Instant lastReviewedAt;
    private Instant closedAt;
    private String closeReason;
    private Instant reviewStartedAt;
    private Instant reviewRemindedAt;
    private Long previousFileId;
    @Version
    private long version;

    protected HardshipFile() {}

    HardshipFile(long id, String fileNo, Long orgId, Long memberId, Long appliedByAccountId, boolean temporary,
            String idNumber, String idNumberHash, String phone, int householdSize, BigDecimal incomePerCapita,
            boolean belowPovertyLine, List<HardshipCause> causes, HardshipGrade grade, String description, Instant now) {
        this.id = id;
        this.fileNo = fileNo;
        this.orgId = orgId;
        this.memberId = memberId;
        this.appliedByAccountId = appliedByAccountId;
        this.temporary = temporary;
        this.idNumber = idNumber;
        this.idNumberHash = idNumberHash;
        this.phone = phone;
        this.householdSize = householdSize;
        this.incomePerCapita = incomePerCapita.toPlainString();
        this.belowPovertyLine = belowPovertyLine;
        this.causes = causes.stream().map(Enum::name).collect(Collectors.joining(","));
        this.grade = grade;
        this.description = description;
        this.status = APPLIED;
        this.activeHouseholdHash = idNumberHash;
        this.activeMemberId = memberId;
        this.appliedAt = now;
    }

    private HardshipStatus move(HardshipAction action) {
        HardshipStatus from = status;
        status = MACHINE.next(status, action);
        if (!status.isActive()) {
            activeHouseholdHash = null;
            activeMemberId = null;
        }
        return from;
    }

    HardshipStatus verify(HardshipGrade newGrade, Instant now) {
        HardshipStatus from = move(VERIFY);
        if (newGrade != null) {
            grade = newGrade;
        }
        verifiedAt = now;
        return from;
    }

    /** The notice runs from now to {@code endsAt} (the end of the n-th working day, computed by the caller). */
    HardshipStatus startNotice(Instant now, Instant endsAt) {
        MACHINE.next(status, START_NOTICE);
        if (grade == null) {
            throw InvalidInput.field("grade", "hardship.grade.required");
        }
        HardshipStatus from = move(START_NOTICE);
        noticeStartedAt = now;
        noticeEndsAt = endsAt;
        return from;
    }

    boolean isNoticeRunning(Instant now) {
        return status == PUBLIC_NOTICE && noticeEndsAt != null && !now.isAfter(noticeEndsAt);
    }

    HardshipStatus object() {
        return move(OBJECT);
    }

    /** Approval only after the whole notice period, and with a note when objections were raised. */
    HardshipStatus approve(Long byAccountId, long objections, String note, Instant now) {
        MACHINE.next(status, APPROVE);
        if (isNoticeRunning(now)) {
            throw new Conflict("hardship.error.noticeRunning");
        }
        if (objections > 0 && (note == null || note.isBlank())) {
            throw InvalidInput.field("note", "hardship.note.objectionsAnswer");
        }
        HardshipStatus from = move(APPROVE);
        approvedAt = now;
        approvedByAccountId = byAccountId;
        lastReviewedAt = now;
        return from;
    }

    HardshipStatus reject(String reason, Instant now) {
        requireNote(reason);
        HardshipStatus from = move(REJECT);
        close(reason, now);
        return from;
    }

    HardshipStatus startReview(Instant now) {
        HardshipStatus from = move(REVIEW);
        reviewStartedAt = now;
        return from;
    }

    /** When the yearly review falls due: a year (configurable) after the approval or the last completed review. */
    Instant reviewDueAt(java.time.Duration after) {
        Instant since = lastReviewedAt != null ? lastReviewedAt : approvedAt;
        return since == null ? null : since.plus(after);
    }

    /** The reminder of this review cycle was sent (once per cycle: a completed review starts a new one). */
    boolean isReminded() {
        Instant since = lastReviewedAt != null ? lastReviewedAt : approvedAt;
        return reviewRemindedAt != null && since != null && !reviewRemindedAt.isBefore(since);
    }

    void markReminded(Instant now) {
        reviewRemindedAt = now;
    }

    /**
     * At review, the household's data as found: size and income per person (encrypted), and the eligibility hint
     * recomputed against the region's 低保线.
     */
    void updateHousehold(int newSize, BigDecimal newIncome, boolean nowBelowLine) {
        if (status != UNDER_REVIEW) {
            throw new Conflict("hardship.error.notUnderReview");
        }
        householdSize = newSize;
        incomePerCapita = newIncome.toPlainString();
        belowPovertyLine = nowBelowLine;
    }

    /** A new file for a family that left hardship (or whose file was closed) and is in hardship again. */
    void reopens(HardshipFile previous) {
        previousFileId = previous.getId();
    }

    HardshipStatus confirm(HardshipGrade newGrade, Instant now) {
        HardshipStatus from = move(CONFIRM);
        if (newGrade != null) {
            grade = newGrade;
        }
        lastReviewedAt = now;
        return from;
    }

    HardshipStatus exit(String reason, Instant now) {
        requireNote(reason);
        HardshipStatus from = move(EXIT);
        close(reason, now);
        return from;
    }

    HardshipStatus cancel(String reason, Instant now) {
        requireNote(reason);
        HardshipStatus from = move(CANCEL);
        close(reason, now);
        return from;
    }

    HardshipStatus grantTemporary(Instant now) {
        HardshipStatus from = move(GRANT_TEMPORARY);
        temporary = true;
        approvedAt = now;
        return from;
    }

    /** Temporary relief becomes a full application, which then takes the whole path. */
    HardshipStatus convert() {
        HardshipStatus from = move(CONVERT);
        temporary = false;
        approvedAt = null;
        return from;
    }

    private void close(String reason, Instant now) {
        closeReason = reason.strip();
        closedAt = now;
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw InvalidInput.field("note", "hardship.note.required");
        }
    }

    /**
     * Demo data only: moves a running notice into the past, so that the seeded demo can show approved files
     * without waiting five working days. Never called on behalf of a user.
     */
    void backdateNoticeForDemo(Instant started, Instant ended) {
        if (status == PUBLIC_NOTICE) {
            noticeStartedAt = started;
            noticeEndsAt = ended;
        }
    }

    boolean belongsTo(Long someMemberId) {
        return someMemberId != null && someMemberId.equals(memberId);
    }

    @Override
    public Long ownerMemberId() {
        return memberId;
    }

    @Override
    public Long getId() { return id; }
    public String getFileNo() { return fileNo; }
    public Long getMemberId() { return memberId; }
    public Long getAppliedByAccountId() { return appliedByAccountId; }
    public boolean isTemporary() { return temporary; }
    /** Plain ID number: only for the audited reveal. */
    String getIdNumber() { return idNumber; }
    public String getIdNumberMasked() { return Masks.idNumber(idNumber); }
    String getIdNumberHash() { return idNumberHash; }
    /** Plain phone: only for the audited reveal. */
    String getPhone() { return phone; }
    public String getPhoneMasked() { return Masks.phone(phone); }
    public int getHouseholdSize() { return householdSize; }
    /** Plain income per capita: only for the audited reveal. */
    BigDecimal getIncomePerCapita() { return new BigDecimal(incomePerCapita); }
    public boolean isBelowPovertyLine() { return belowPovertyLine; }
    public List<HardshipCause> getCauses() {
        return causes == null || causes.isBlank() ? List.of()
                : Arrays.stream(causes.split(",")).map(HardshipCause::valueOf).toList();
    }
    public HardshipGrade getGrade() { return grade; }
    /** Plain description (often health details): only for the audited reveal. */
    String getDescription() { return description; }
    public HardshipStatus getStatus() { return status; }
    public Instant getAppliedAt() { return appliedAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public Instant getNoticeStartedAt() { return noticeStartedAt; }
    public Instant getNoticeEndsAt() { return noticeEndsAt; }
    public Instant getApprovedAt() { return approvedAt; }
    public Long getApprovedByAccountId() { return approvedByAccountId; }
    public Instant getLastReviewedAt() { return lastReviewedAt; }
    public Instant getClosedAt() { return closedAt; }
    public String getCloseReason() { return closeReason; }
    public Instant getReviewStartedAt() { return reviewStartedAt; }
    public Instant getReviewRemindedAt() { return reviewRemindedAt; }
    public Long getPreviousFileId() { return previousFileId; }
    public long getVersion() { return version; }
}

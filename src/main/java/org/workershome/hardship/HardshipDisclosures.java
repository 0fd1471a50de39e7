package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Permissions;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.OutOfScope;

/**
 * What leaves the module about files beyond the masked pages: the full personal data of one file, and files and
 * aid in bulk as Excel. Every call is in the audit log, with what it showed.
 */
@Service
public class HardshipDisclosures {

    private static final String TARGET = HardshipApplications.TARGET;

    private final HardshipFiles files;
    private final FundTrace trace;
    private final Aids aids;
    private final HardshipFileAccess fileAccess;
    private final HardshipQueries queries;
    private final Access access;
    private final AuditTrail audit;

    HardshipDisclosures(FundTrace trace, HardshipFiles files, Aids aids, HardshipFileAccess fileAccess,
            HardshipQueries queries, Access access, AuditTrail audit) {
        this.trace = trace;
        this.files = files;
        this.aids = aids;
        this.fileAccess = fileAccess;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    /** Everything personal about a file, unmasked: only from {@link #revealPersonalData}, which audits it. */
    public record PersonalData(Long fileId, String fileNo, String memberName, String idNumber, String phone,
            BigDecimal monthlyIncomePerCapita, String description, List<PersonalPerson> household) {}

    public record PersonalPerson(String name, String relation, Integer age, String health, String work,
            BigDecimal monthlyIncome) {}

    /** A file as exported: personal columns masked unless {@code full}. */
    public record FileRow(String fileNo, String memberName, Long orgId, HardshipStatus status, HardshipGrade grade,
            List<HardshipCause> causes, String idNumber, String phone, int householdSize, String income,
            boolean belowLine, Instant appliedAt, Instant approvedAt) {}

    public record AidRow(String fileNo, String memberName, Long orgId, AidType type, BigDecimal amount,
            String description, String fundName, LocalDate date, String handler) {}

    /** The full personal data of a file, for cadres of its org and above; every call is in the audit log. */
    @Transactional // not read-only: writes the audit log
    public PersonalData revealPersonalData(CurrentUser user, Long fileId) {
        HardshipFile file = fileAccess.get(fileId);
        if (!fileAccess.mayReveal(user, file)) {
            throw new OutOfScope();
        }
        audit.record("HARDSHIP_PERSONAL_DATA_VIEW", TARGET, file.getId(), file.getOrgId(),
                "idNumber, phone, income, description, household health and income");
        List<PersonalPerson> people = queries.householdOf(file).stream().map(h -> new PersonalPerson(h.getName(),
                h.getRelation(), h.getAge(), h.getHealth(), h.getWork(), h.getMonthlyIncome())).toList();
        return new PersonalData(file.getId(), file.getFileNo(), queries.memberName(file), file.getIdNumber(),
                file.getPhone(), file.getIncomePerCapita(), file.getDescription(), people);
    }

    /**
     * The files in the caller's scope for Excel. Masked by default; {@code full} unmasks them for cadres who may
     * reveal personal data, and the export is audited either way (with what it showed).
     */
    @Transactional // not read-only: writes the audit log
    public List<FileRow> exportFiles(CurrentUser user, boolean full) {
        access.require(user, HardshipModule.HANDLE);
        if (full && !user.hasPermission(Permissions.MEMBER_PERSONAL)) {
            throw new OutOfScope();
        }
        List<HardshipFile> list = files.list(null, PageRequest.of(0, 10_000)).getContent();
        Map<Long, String> names = queries.memberNames(list);
        audit.record(full ? "HARDSHIP_EXPORT_PERSONAL" : "HARDSHIP_EXPORT", TARGET, null, user.orgId(),
                list.size() + " files" + (full ? ", unmasked" : ", masked"));
        return list.stream().map(f -> new FileRow(f.getFileNo(), names.get(f.getMemberId()), f.getOrgId(), f.getStatus(),
                f.getGrade(), f.getCauses(), full ? f.getIdNumber() : f.getIdNumberMasked(),
                full ? f.getPhone() : f.getPhoneMasked(), f.getHouseholdSize(),
                full ? f.getIncomePerCapita().toPlainString() : "****", f.isBelowPovertyLine(), f.getAppliedAt(),
                f.getApprovedAt())).toList();
    }

    /** Aid in the caller's scope for Excel (no personal data beyond the worker's name). */
    @Transactional // not read-only: writes the audit log
    public List<AidRow> exportAid(CurrentUser user) {
        access.require(user, HardshipModule.HANDLE);
        List<Aid> list = aids.allInScope(PageRequest.of(0, 20_000));
        Map<Long, HardshipFile> byId = new HashMap<>();
        files.findAllById(list.stream().map(Aid::getFileId).distinct().toList()).forEach(f -> byId.put(f.getId(), f));
        Map<Long, String> names = queries.memberNames(new ArrayList<>(byId.values()));
        // the fund may belong to an org above the caller's scope: only its name is read
        Map<Long, String> fundNames = new HashMap<>();
        trace.funds(list.stream().map(Aid::getFundId).filter(Objects::nonNull).distinct().toList()).forEach(f -> fundNames.put(f.getId(), f.getName()));
        audit.record("HARDSHIP_AID_EXPORT", "Aid", null, user.orgId(), list.size() + " aid records");
        return list.stream().map(a -> {
            HardshipFile f = byId.get(a.getFileId());
            return new AidRow(f == null ? null : f.getFileNo(), f == null ? null : names.get(f.getMemberId()),
                    a.getOrgId(), a.getType(), a.getAmount(), a.getDescription(), fundNames.get(a.getFundId()),
                    a.getAidDate(), a.getHandlerName());
        }).toList();
    }
}

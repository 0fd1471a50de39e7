package org.workershome.hardship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.crypto.Masks;
import org.workershome.core.member.MemberDirectory;
import org.workershome.core.org.OrgDirectory;
import org.workershome.core.time.Times;
import org.workershome.core.error.InvalidInput;

/**
 * The pools (库) of the national system: files closed (注销/未通过: CANCELLED, REJECTED) and families that left
 * hardship (脱困: EXITED), each with its reason and date, for cadres, filterable by org (and its subtree) and by the
 * year it was closed. Always masked: they are lists for overview and statistics, not for casework. Read through the
 * scope filters like every other list.
 */
@Service
public class HardshipPools {

    public enum Pool {
        CLOSED(List.of(HardshipStatus.CANCELLED, HardshipStatus.REJECTED)),
        EXITED(List.of(HardshipStatus.EXITED));

        final List<HardshipStatus> statuses;

        Pool(List<HardshipStatus> statuses) {
            this.statuses = statuses;
        }

        static Pool of(String raw) {
            if (raw == null || raw.isBlank()) {
                return EXITED;
            }
            for (Pool p : values()) {
                if (p.name().equalsIgnoreCase(raw.strip())) {
                    return p;
                }
            }
            throw InvalidInput.field("pool", "hardship.pool.unknown");
        }
    }

    /** One closed file as the pool shows it: masked name and ID number, reason, date, and the file it was re-opened as. */
    public record PoolRow(Long id, String fileNo, String memberName, String idNumber, Long orgId, String orgName,
            HardshipStatus status, HardshipGrade grade, List<HardshipCause> causes, Instant approvedAt,
            Instant closedAt, String closeReason, Long reopenedAsId, String reopenedAsNo) {}

    private final HardshipFiles files;
    private final MemberDirectory memberDirectory;
    private final OrgDirectory orgDirectory;
    private final Access access;
    private final AuditTrail audit;

    HardshipPools(HardshipFiles files, MemberDirectory memberDirectory, OrgDirectory orgDirectory, Access access,
            AuditTrail audit) {
        this.files = files;
        this.memberDirectory = memberDirectory;
        this.orgDirectory = orgDirectory;
        this.access = access;
        this.audit = audit;
    }

    /** The pool for Excel (masked as on the page); the export is audited. */
    @Transactional // not read-only: writes the audit log
    public List<PoolRow> export(CurrentUser user, Pool pool, Long orgId, Integer year) {
        List<PoolRow> rows = list(user, pool, orgId, year);
        audit.record("HARDSHIP_POOL_EXPORT", HardshipApplications.TARGET, null, user.orgId(),
                pool + " pool, " + rows.size() + " files, masked" + (orgId == null ? "" : ", org " + orgId)
                        + (year == null ? "" : ", " + year));
        return rows;
    }

    /** The pool in the caller's scope; {@code orgId} narrows it to an org and its subtree, {@code year} to the year closed. */
    @Transactional(readOnly = true)
    public List<PoolRow> list(CurrentUser user, Pool pool, Long orgId, Integer year) {
        access.require(user, HardshipModule.HANDLE);
        if (year != null && (year < 2000 || year > 2100)) {
            throw InvalidInput.field("year", "hardship.fund.year.invalid");
        }
        Instant from = year == null ? Instant.EPOCH : LocalDate.of(year, 1, 1).atStartOfDay(Times.ZONE).toInstant();
        Instant to = year == null ? Instant.parse("9999-12-31T00:00:00Z")
                : LocalDate.of(year + 1, 1, 1).atStartOfDay(Times.ZONE).toInstant();
        List<HardshipFile> closed = files.closedBetween(pool.statuses, from, to).stream()
                .filter(f -> orgId == null || orgDirectory.isWithin(f.getOrgId(), orgId)).toList();
        Map<Long, String> names = memberDirectory.namesOf(closed.stream().map(HardshipFile::getMemberId).distinct().toList());
        Map<Long, HardshipFile> reopened = new HashMap<>();
        Collection<Long> ids = closed.stream().map(HardshipFile::getId).toList();
        if (!ids.isEmpty()) {
            files.findByPreviousFileIdIn(ids).forEach(f -> reopened.put(f.getPreviousFileId(), f));
        }
        return closed.stream().map(f -> {
            HardshipFile again = reopened.get(f.getId());
            return new PoolRow(f.getId(), f.getFileNo(), Masks.name(names.get(f.getMemberId())), f.getIdNumberMasked(),
                    f.getOrgId(), orgDirectory.nameOf(f.getOrgId()), f.getStatus(), f.getGrade(), f.getCauses(),
                    f.getApprovedAt(), f.getClosedAt(), f.getCloseReason(), again == null ? null : again.getId(),
                    again == null ? null : again.getFileNo());
        }).toList();
    }
}

package org.workershome.hardship;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.Conflict;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;

/** Aid given to households in hardship (帮扶); with an amount it is paid from a fund, which must cover it. */
@Service
public class AidManagement {

    private final Aids aids;
    private final Funds funds;
    private final FundEntries entries;
    private final HardshipProjects projects;
    private final HardshipFileAccess fileAccess;
    private final Access access;
    private final Clock clock;

    AidManagement(Aids aids, Funds funds, FundEntries entries, HardshipProjects projects,
            HardshipFileAccess fileAccess, Access access, Clock clock) {
        this.aids = aids;
        this.funds = funds;
        this.entries = entries;
        this.projects = projects;
        this.fileAccess = fileAccess;
        this.access = access;
        this.clock = clock;
    }

    public record AidRequest(AidType type, BigDecimal amount, String description, Long fundId, Long projectId,
            LocalDate date) {}

    /** Records aid to a household in hardship; with an amount, it is paid from a fund, which must cover it. */
    @Transactional
    public Aid giveAid(CurrentUser user, Long fileId, AidRequest request) {
        HardshipFile file = fileAccess.get(fileId);
        if (!fileAccess.mayHandle(user, file)) {
            throw new OutOfScope();
        }
        if (!file.getStatus().mayReceiveAid()) {
            throw new Conflict("hardship.error.notApproved");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.date() == null ? today : request.date();
        if (date.isAfter(today)) {
            errors.put("date", "hardship.aidDate.future");
        }
        if (request.type() == null) {
            errors.put("type", "hardship.aidType.required");
        }
        BigDecimal amount = null;
        if (request.amount() != null) {
            amount = Money.positive(request.amount());
            if (amount == null) {
                errors.put("amount", "hardship.amount.invalid");
            }
        }
        String description = Input.blankToNull(request.description());
        if (request.type() == AidType.CASH && request.amount() == null) {
            errors.put("amount", "hardship.amount.required");
        }
        if (request.amount() == null && description == null) {
            errors.put("description", "hardship.aidDescription.required");
        }
        if (description != null && description.length() > 1000) {
            errors.put("description", "hardship.description.size");
        }
        if (request.amount() != null && request.fundId() == null) {
            errors.put("fundId", "hardship.fundId.required");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Fund fund = null;
        if (request.fundId() != null) {
            fund = funds.findById(request.fundId())
                    .filter(f -> f.getOrgId().equals(file.getOrgId()) || fileAccess.isStrictlyBelow(file.getOrgId(), f.getOrgId()))
                    .orElseThrow(() -> InvalidInput.field("fundId", "hardship.fundId.unknown"));
            if (fund.getFundYear() != date.getYear()) {
                throw InvalidInput.field("fundId", "hardship.fundId.year");
            }
            if (!access.covers(user, fund.getOrgId())) {
                throw new OutOfScope();
            }
        }
        if (request.projectId() != null) {
            HardshipProject project = projects.findById(request.projectId())
                    .filter(p -> p.getOrgId().equals(file.getOrgId()) || fileAccess.isStrictlyBelow(file.getOrgId(), p.getOrgId()))
                    .orElseThrow(() -> InvalidInput.field("projectId", "hardship.projectId.unknown"));
            if (project.getStatus() != HardshipProject.Status.APPROVED) {
                throw new Conflict("hardship.project.notApproved");
            }
        }
        if (fund != null && amount != null && funds.debit(fund.getId(), amount) == 0) {
            throw new Conflict("hardship.fund.insufficient", Money.format(funds.balanceOf(fund.getId())));
        }
        Aid aid = aids.save(new Aid(file, request.type(), amount, description, fund == null ? null : fund.getId(),
                request.projectId(), date, user.accountId(), user.displayName(), clock.instant()));
        if (fund != null && amount != null) {
            entries.save(new FundEntry(fund, FundEntry.Kind.AID, amount.negate(), null, aid.getId(), file.getFileNo(),
                    user.accountId(), clock.instant()));
        }
        return aid;
    }

    @Transactional(readOnly = true)
    public List<Aid> aidOf(HardshipFile file) {
        return aids.findByFileIdOrderByAidDateDescIdDesc(file.getId());
    }

    /** A worker's own aid, all files. */
    @Transactional(readOnly = true)
    public List<Aid> aidOfMember(Long memberId) {
        return memberId == null ? List.of() : aids.findByMemberIdOrderByAidDateDescIdDesc(memberId);
    }

    @Transactional(readOnly = true)
    public List<Aid> aidInScope(int max) {
        return aids.allInScope(PageRequest.of(0, max));
    }

    /** The funds aid to this file may be paid from: of the file's org or an org above it, in the caller's scope. */
    @Transactional(readOnly = true)
    public List<Fund> fundsFor(HardshipFile file) {
        return funds.findAllByOrderByFundYearDescOrgIdAsc().stream().filter(f -> f.getOrgId().equals(file.getOrgId())
                || fileAccess.isStrictlyBelow(file.getOrgId(), f.getOrgId())).toList();
    }

    /** The approved projects in the caller's scope, which aid may name. */
    @Transactional(readOnly = true)
    public List<HardshipProject> approvedProjects() {
        return projects.findAllByOrderByAppliedAtDesc().stream()
                .filter(p -> p.getStatus() == HardshipProject.Status.APPROVED).toList();
    }
}

package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.OutOfScope;
import org.workershome.core.org.OrgDirectory;

/** The 低保线 per region: which line holds for an org, and who may set one. */
@Service
public class PovertyLineManagement {

    private final PovertyLines povertyLines;
    private final OrgDirectory orgDirectory;
    private final Access access;
    private final AuditTrail audit;

    PovertyLineManagement(PovertyLines povertyLines, OrgDirectory orgDirectory, Access access, AuditTrail audit) {
        this.povertyLines = povertyLines;
        this.orgDirectory = orgDirectory;
        this.access = access;
        this.audit = audit;
    }

    /** The 低保线 of an org's region: its own code, else its province's, else the default. */
    @Transactional(readOnly = true)
    public PovertyLine lineFor(Long orgId) {
        String region = regionOf(orgId);
        List<String> candidates = new ArrayList<>();
        if (region != null && region.length() == 6) {
            candidates.add(region);
            candidates.add(region.substring(0, 2) + "0000");
        }
        candidates.add(PovertyLine.DEFAULT_REGION);
        for (String code : candidates) {
            Optional<PovertyLine> line = povertyLines.findById(code);
            if (line.isPresent()) {
                return line.get();
            }
        }
        return new PovertyLine(PovertyLine.DEFAULT_REGION, "-", BigDecimal.ZERO);
    }

    /** The region code of the org or of its nearest ancestor that has one. */
    private String regionOf(Long orgId) {
        return orgDirectory.selfAndAncestors(orgId).stream().map(OrgDirectory.OrgSummary::regionCode)
                .filter(code -> code != null && !code.isBlank()).findFirst().orElse(null);
    }

    @Transactional(readOnly = true)
    public List<PovertyLine> all() {
        return povertyLines.findAllByOrderByRegionCode();
    }

    /**
     * Sets a region's 低保线: the national level for any region, a province's cadres for codes of their province.
     */
    @Transactional
    public PovertyLine set(CurrentUser user, String regionCode, String name, BigDecimal monthlyLine) {
        access.require(user, HardshipModule.MANAGE_FUNDS);
        if (regionCode == null || !regionCode.matches("\\d{6}")) {
            throw InvalidInput.field("regionCode", "hardship.region.invalid");
        }
        BigDecimal line = Money.positive(monthlyLine);
        if (line == null) {
            throw InvalidInput.field("monthlyLine", "hardship.amount.invalid");
        }
        Optional<OrgDirectory.OrgSummary> org = orgDirectory.find(user.orgId());
        String own = org.map(OrgDirectory.OrgSummary::regionCode).orElse(null);
        boolean national = org.map(OrgDirectory.OrgSummary::national).orElse(false);
        boolean province = own != null && own.endsWith("0000") && regionCode.startsWith(own.substring(0, 2));
        if (!national && !province) {
            throw new OutOfScope();
        }
        String label = Input.blankToNull(name) == null ? regionCode : name.strip();
        PovertyLine existing = povertyLines.findById(regionCode).orElse(null);
        if (existing == null) {
            existing = povertyLines.save(new PovertyLine(regionCode, label, line));
        } else {
            existing.change(label, line);
        }
        audit.record("HARDSHIP_POVERTY_LINE", "PovertyLine", regionCode, user.orgId(), Money.format(line));
        return existing;
    }
}

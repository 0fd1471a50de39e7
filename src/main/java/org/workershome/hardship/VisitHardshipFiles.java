package org.workershome.hardship;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;

/**
 * The hardship intake for other modules: a file a cadre opens on a visit for a member met, through
 * {@link HardshipApplications#apply} — the same checks, number, one-active-file rule and workflow as an application
 * made on the hardship pages by a handler.
 */
@Service
@NamedInterface("intake")
public class VisitHardshipFiles {

    private final HardshipApplications applications;

    VisitHardshipFiles(HardshipApplications applications) {
        this.applications = applications;
    }

    /** What the cadre found: the member, his ID number and phone, the household's size and income, the causes. */
    @NamedInterface("intake")
    public record Found(Long memberId, String idNumber, String phone, Integer householdSize,
            BigDecimal monthlyIncomePerCapita, List<String> causes, String description) {}

    /** The file opened. */
    @NamedInterface("intake")
    public record Opened(Long id, String fileNo) {}

    /** The causes to choose from (message keys {@code hardship.cause.<name>}). */
    public List<String> causes() {
        return Arrays.stream(HardshipCause.values()).map(Enum::name).toList();
    }

    /** Applies for the member (the cadre must handle hardship for the member's org); bad input is 400. */
    public Opened apply(CurrentUser cadre, Found found) {
        if (found.memberId() == null) {
            throw InvalidInput.field("memberId", "hardship.memberId.unknown");
        }
        List<HardshipCause> causes = new ArrayList<>();
        for (String cause : found.causes() == null ? List.<String>of() : found.causes()) {
            try {
                causes.add(HardshipCause.valueOf(cause));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.field("cause", "hardship.cause.required");
            }
        }
        HardshipFile file = applications.apply(cadre, new HardshipApplications.Application(found.memberId(),
                found.idNumber(), found.phone(), found.householdSize(), found.monthlyIncomePerCapita(), causes, null,
                found.description(), false, List.of()));
        return new Opened(file.getId(), file.getFileNo());
    }
}

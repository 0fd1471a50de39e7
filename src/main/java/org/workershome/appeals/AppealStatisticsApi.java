package org.workershome.appeals;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;

/** The figures of {@link AppealStatistics} as JSON, for the same range and org as the page. */
@RestController
@RequestMapping("/api/v1/appeals/stats")
class AppealStatisticsApi {

    private final AppealStatistics statistics;
    private final Access access;

    AppealStatisticsApi(AppealStatistics statistics, Access access) {
        this.statistics = statistics;
        this.access = access;
    }

    @GetMapping
    AppealStatistics.Statistics get(@AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgId) {
        access.require(user, AppealsModule.HANDLE);
        return statistics.of(statistics.defaults(from, to, orgId));
    }
}

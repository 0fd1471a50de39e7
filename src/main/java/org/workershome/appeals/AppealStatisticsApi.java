package org.workershome.appeals;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The figures of {@link AppealStatistics} as JSON, for the same range and org as the page. */
@RestController
@RequestMapping("/api/v1/appeals/stats")
class AppealStatisticsApi {

    private final AppealStatistics statistics;

    AppealStatisticsApi(AppealStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('appeals:appeal:handle')")
    AppealStatistics.Statistics get(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long orgId) {
        return statistics.of(statistics.defaults(from, to, orgId));
    }
}

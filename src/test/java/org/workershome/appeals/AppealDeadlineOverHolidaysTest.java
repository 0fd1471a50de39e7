package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.workershome.core.time.Times;
import org.workershome.support.IntegrationTest;
import org.workershome.support.TestClock;
import org.workershome.support.TestHttp;

/** Deadlines count working days of the union's calendar: National Day week off, its make-up Saturday on. */
@IntegrationTest
class AppealDeadlineOverHolidaysTest {

    @LocalServerPort int port;
    @Autowired TestClock clock;

    @Test
    void appealSubmittedBeforeNationalDayIsDueOnTheMakeUpSaturday() {
        Instant target = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, Times.ZONE).toInstant();
        try {
            clock.advance(Duration.between(clock.instant(), target));
            TestHttp worker = TestHttp.api(port, "worker.forest");
            TestHttp.Response created = worker.sendJson("POST", "/api/v1/appeals",
                    Map.of("category", "WAGES", "title", "节前反映", "content", "国庆节前反映的问题"),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(created.status()).isEqualTo(201);
            // 10-01..07 are holidays; 10-08 Thu, 10-09 Fri, 10-10 the make-up Saturday: three working days.
            ZonedDateTime due = Instant.parse(created.json().get("dueAt").asString()).atZone(Times.ZONE);
            assertThat(due.toLocalDate()).hasToString("2026-10-10");
            assertThat(created.json().get("trackingNo").asString()).startsWith("SQ20260930-");
            // read back from the database: the end of the day must not round up to the next day
            String no = created.json().get("trackingNo").asString();
            ZonedDateTime stored = Instant.parse(worker.get("/api/v1/appeals/" + no).json().get("dueAt").asString())
                    .atZone(Times.ZONE);
            assertThat(stored.toLocalDate()).hasToString("2026-10-10");
            assertThat(stored.getHour()).isEqualTo(23);
        } finally {
            clock.reset();
        }
    }
}

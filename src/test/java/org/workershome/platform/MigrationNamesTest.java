package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Migrations written on parallel branches must not collide: every migration after the first fifteen is versioned by
 * the minute it was written ({@code V202612021400__congress_opinion.sql}) and named for its module and what it does;
 * no version is taken twice, across the shared and the vendor folders.
 */
class MigrationNamesTest {

    /** The versions in use before the scheme; they stay, since databases have applied them. */
    private static final Pattern LEGACY = Pattern.compile("V(1|1_1|2|3|4|5|6|7|8|9|9_5|10|12|15)__[a-z0-9_]+\\.sql");
    private static final Pattern TIMESTAMPED = Pattern.compile("V(20\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])([01]\\d|2[0-3])([0-5]\\d)__[a-z]+_[a-z0-9_]+\\.sql");
    private static final Pattern VERSION = Pattern.compile("V([0-9_]+)__.*");

    @Test
    void everyMigrationIsTimestampedOrLegacyAndNoVersionIsTakenTwice() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:db/**/V*.sql");
        assertThat(files).isNotEmpty();
        List<String> misnamed = new ArrayList<>();
        Map<String, List<String>> byVersion = new HashMap<>();
        for (Resource file : files) {
            String name = file.getFilename();
            if (!LEGACY.matcher(name).matches() && !TIMESTAMPED.matcher(name).matches()) {
                misnamed.add(name);
            }
            Matcher version = VERSION.matcher(name);
            assertThat(version.matches()).as(name).isTrue();
            String folder = file.getURL().toString().contains("/db/vendor/") ? "vendor" : "shared";
            byVersion.computeIfAbsent(version.group(1), v -> new ArrayList<>()).add(folder + ":" + name);
        }
        assertThat(misnamed).as("migrations not named V<yyyyMMddHHmm>__<module>_<what>.sql").isEmpty();
        // the same version may exist once per vendor folder (h2 and postgresql variants of one change), never in
        // the shared folder and a vendor folder, or twice in one folder
        byVersion.forEach((version, names) -> {
            long shared = names.stream().filter(n -> n.startsWith("shared:")).count();
            assertThat(shared == 0 || names.size() == 1).as("version %s: %s", version, names).isTrue();
        });
    }
}

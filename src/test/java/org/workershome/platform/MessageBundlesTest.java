package org.workershome.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** zh-CN and English bundles stay in step, and every message key a template names exists. */
class MessageBundlesTest {

    /** {@code #{some.key}} or {@code #{some.key(${arg})}}; computed keys such as {@code #{'a.' + ${b}}} are skipped. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void everyBundleHasTheSameKeysInChineseAndEnglishAndNoEmptyText() throws IOException {
        List<String> basenames = basenames();
        assertThat(basenames).contains("i18n/messages");
        for (String basename : basenames) {
            Properties zh = load(basename + ".properties");
            Properties en = load(basename + "_en.properties");
            Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
            onlyZh.removeAll(en.stringPropertyNames());
            Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
            onlyEn.removeAll(zh.stringPropertyNames());
            assertThat(onlyZh).as("keys of %s.properties missing in %s_en.properties", basename, basename).isEmpty();
            assertThat(onlyEn).as("keys of %s_en.properties missing in %s.properties", basename, basename).isEmpty();
            assertThat(emptyKeys(zh)).as("empty texts in %s.properties", basename).isEmpty();
            assertThat(emptyKeys(en)).as("empty texts in %s_en.properties", basename).isEmpty();
        }
    }

    @Test
    void everyMessageKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (String basename : basenames()) {
            known.addAll(load(basename + ".properties").stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        for (Resource template : templates) {
            Matcher m = TEMPLATE_KEY.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    missing.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).as("message keys used in templates but not in the default bundles").isEmpty();
    }

    /** A key in two bundles would depend on their order: each module keeps its own keys. */
    @Test
    void noKeyIsDefinedByTwoBundles() throws IOException {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        List<String> twice = new ArrayList<>();
        for (String basename : basenames()) {
            for (String key : load(basename + ".properties").stringPropertyNames()) {
                String first = owner.putIfAbsent(key, basename);
                if (first != null) {
                    twice.add(key + " in " + first + " and " + basename);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    /** The bundles the application loads: every {@code i18n/*.properties} on the class path, core's first. */
    private static List<String> basenames() throws IOException {
        return List.of(org.workershome.core.web.MessageBundles.basenames());
    }

    private static Properties load(String path) throws IOException {
        ClassPathResource resource = new ClassPathResource(path);
        assertThat(resource.exists()).as(path).isTrue();
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> emptyKeys(Properties properties) {
        Set<String> empty = new TreeSet<>();
        properties.stringPropertyNames().stream().filter(k -> properties.getProperty(k).isBlank()).forEach(empty::add);
        return empty;
    }
}

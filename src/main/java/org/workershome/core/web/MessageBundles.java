package org.workershome.core.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle on the class path under {@code i18n/}: core's {@code messages} first, then one per module
 * ({@code i18n/appeals.properties} with {@code appeals_en.properties} …), so a module brings its texts by adding its
 * files and core names none of them.
 */
@Configuration(proxyBeanMethods = false)
public class MessageBundles {

    static final String CORE = "i18n/messages";

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** Base names of the bundles: files without a language suffix ({@code appeals.properties}, not {@code _en}). */
    public static String[] basenames() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        return Arrays.stream(files).map(Resource::getFilename).filter(Objects::nonNull)
                .filter(name -> !name.matches(".*_[a-z]{2}(_[A-Z]{2})?\\.properties"))
                .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted(Comparator.comparing((String name) -> !name.equals(CORE)).thenComparing(name -> name))
                .toArray(String[]::new);
    }
}

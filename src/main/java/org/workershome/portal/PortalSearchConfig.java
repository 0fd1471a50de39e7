package org.workershome.portal;

import java.util.List;

import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.workershome.core.WorkersHomeProperties;

/**
 * Hibernate Search with the embedded Lucene backend: the index lives in {@code <data-dir>/search}, Chinese is
 * split into words by smartcn's HMM tokenizer. Scale-out with OpenSearch/Elasticsearch: see docs/portal.md.
 */
@Configuration(proxyBeanMethods = false)
class PortalSearchConfig {

    static final String CHINESE = "chinese";

    @Bean
    HibernatePropertiesCustomizer portalSearchProperties(WorkersHomeProperties properties) {
        return hibernate -> {
            hibernate.putIfAbsent("hibernate.search.backend.directory.root",
                    properties.dataDir().resolve("search").toAbsolutePath().normalize().toString());
            hibernate.putIfAbsent("hibernate.search.backend.analysis.configurer", ChineseAnalysis.class.getName());
            hibernate.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
        };
    }

    /** Words, not single characters: "生态文明" matches "在生态文明建设中…". */
    public static class ChineseAnalysis implements LuceneAnalysisConfigurer {
        @Override
        public void configure(LuceneAnalysisConfigurationContext context) {
            context.analyzer(CHINESE).custom()
                    .tokenizer(HMMChineseTokenizerFactory.class)
                    .tokenFilter(LowerCaseFilterFactory.class);
        }
    }
}

package org.workershome.core.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Only links to static files go through the resource chain (which adds their content version, /js/outbox-…js).
 * Thymeleaf hands every {@code @{…}} link to {@code response.encodeURL}, and the resource chain answers a page link
 * (/members/42) by looking for a file of that name in every jar of the class path before it gives up: in the fat jar
 * that was more than half of the CPU of a member list page (bench/README.md, JFR). Page links need no rewriting.
 */
@Configuration(proxyBeanMethods = false)
class AssetLinks {

    private static final String[] ASSETS = {"/css/", "/js/", "/img/", "/webjars/"};

    static boolean isAsset(String link) {
        for (String prefix : ASSETS) {
            if (link.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    @Bean
    static BeanPostProcessor assetLinkBuilder() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringTemplateEngine engine) {
                    engine.setLinkBuilder(new StandardLinkBuilder() {
                        @Override
                        protected String processLink(IExpressionContext context, String link) {
                            return isAsset(link) ? super.processLink(context, link) : link;
                        }
                    });
                }
                return bean;
            }
        };
    }
}

package org.workershome.appeals;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.workershome.core.web.PublicPages;

@Configuration(proxyBeanMethods = false)
class AppealsConfig {

    /** Someone without an account follows an appeal with its tracking number and phone. */
    @Bean
    PublicPages appealTracking() {
        return () -> List.of("/appeals/track");
    }
}

package org.workershome.core.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A path under {@code /api/} that no endpoint serves answers a problem+json 404 like every other API error,
 * not Boot's own error JSON (the least specific mapping, so every real endpoint wins).
 */
@RestController
class UnknownApiPaths {

    @RequestMapping("/api/**")
    void none() {
        throw new BusinessException(HttpStatus.NOT_FOUND, "error.notFound.page");
    }
}

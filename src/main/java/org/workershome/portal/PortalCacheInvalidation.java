package org.workershome.portal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the page cache once a change to the portal has committed. Apart from {@link PortalCache} because a bean
 * with an event listener is proxied (event publication registry), and a servlet filter must not be.
 */
@Component
class PortalCacheInvalidation {

    private final PortalCache cache;

    PortalCacheInvalidation(PortalCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PortalChanged changed) {
        cache.invalidate();
    }
}

package org.workershome.hardship;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.account.CurrentUser;

/** The pools (库): {@code closed} (CANCELLED, REJECTED) and {@code exited} (EXITED), masked, by org and year closed. */
@RestController
@RequestMapping("/api/v1/hardship-pools")
class HardshipPoolApi {

    private final HardshipPools pools;

    HardshipPoolApi(HardshipPools pools) {
        this.pools = pools;
    }

    @GetMapping("/{pool}")
    List<HardshipPools.PoolRow> list(@AuthenticationPrincipal CurrentUser user, @PathVariable String pool,
            @RequestParam(required = false) Long orgId, @RequestParam(required = false) Integer year) {
        return pools.list(user, HardshipPools.Pool.of(pool), orgId, year);
    }
}

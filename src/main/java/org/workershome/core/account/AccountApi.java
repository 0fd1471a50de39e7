package org.workershome.core.account;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.org.OrgDirectory;

/** Account administration for API clients. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApi {

    private final AccountManagement management;
    private final OrgDirectory orgNames;
    private final Clock clock;

    private final Access access;

    AccountApi(AccountManagement management, OrgDirectory orgNames, Clock clock, Access access) {
        this.access = access;
        this.management = management;
        this.orgNames = orgNames;
        this.clock = clock;
    }

    /** Every request of this controller needs ACCOUNT_ADMIN. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.ACCOUNT_ADMIN);
    }

    record RowPage(List<AccountRow> items, int page, int size, long totalElements, int totalPages) {}

    /** A page of the accounts in the caller's scope, by user name; {@code q} searches user and display names. */
    @GetMapping
    RowPage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + AccountManagement.PAGE_SIZE) int size) {
        Page<AccountRow> found = management.search(q, page, size).map(a -> AccountRow.of(a, orgNames, clock));
        return new RowPage(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
                found.getTotalPages());
    }

    @PostMapping("/{id}/unlock")
    AccountRow unlock(@PathVariable Long id) {
        return AccountRow.of(management.unlock(id), orgNames, clock);
    }
}

package org.workershome.core.demo;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.account.Account;
import org.workershome.core.account.Accounts;
import org.workershome.core.account.Role;
import org.workershome.core.org.Industry;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgType;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;

/**
 * On the very first start without the demo profile: the national union and an {@code admin} account with
 * a random password, printed once to the log.
 */
@Component
@Order(10)
class FirstStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstStart.class);
    static final String NATIONAL_UNION = "中国农林水利气象工会";

    private final Accounts accounts;
    private final Orgs orgs;
    private final OrgManagement orgManagement;
    private final PasswordEncoder encoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final WorkersHomeProperties properties;

    FirstStart(Accounts accounts, Orgs orgs, OrgManagement orgManagement, PasswordEncoder encoder,
            TransactionTemplate tx, Clock clock, WorkersHomeProperties properties) {
        this.accounts = accounts;
        this.orgs = orgs;
        this.orgManagement = orgManagement;
        this.encoder = encoder;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo().enabled()) {
            return;
        }
        tx.executeWithoutResult(s -> Scopes.asSystem(() -> {
            if (accounts.count() > 0) {
                return;
            }
            Long rootId = orgs.findByParentIdIsNull().map(o -> o.getId()).orElseGet(() -> orgManagement
                    .create(new OrgDraft(null, NATIONAL_UNION, OrgType.NATIONAL, null, null)).getId());
            String password = randomPassword();
            accounts.save(new Account("admin", encoder.encode(password), "系统管理员", rootId, null, DataScope.ALL,
                    Set.of(Role.ADMIN), null, clock.instant()));
            log.warn("""

                    ================================================================
                     First start: created account 'admin' with password {}
                     It is shown only this once. Sign in and change it.
                    ================================================================""", password);
        }));
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Wh-");
        for (int i = 0; i < 14; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append('7').toString();
    }
}

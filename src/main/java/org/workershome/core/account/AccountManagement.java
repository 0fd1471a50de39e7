package org.workershome.core.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.audit.AuditTrail;
import org.workershome.core.org.Org;
import org.workershome.core.org.Orgs;
import org.workershome.core.scope.DataScope;
import org.workershome.core.scope.Scopes;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.db.Paging;

/**
 * Opens, changes, unlocks and resets accounts, inside the caller's data scope. A change that alters what an
 * account may do (disabled, roles, scope, org, password) ends its sessions and revokes its API tokens, so it
 * takes effect at once instead of at the next sign-in.
 */
@Service
public class AccountManagement {

    public static final int PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;
    private static final Sort BY_USERNAME = Sort.by("username", "id");

    private final Accounts accounts;
    private final Orgs orgs;
    private final ApiTokenService tokens;
    private final PasswordEncoder encoder;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final Clock clock;
    private final EntityManager entityManager;
    private final FindByIndexNameSessionRepository<?> sessions;

    private final TwoFactor twoFactor;

    AccountManagement(Accounts accounts, Orgs orgs, ApiTokenService tokens, PasswordEncoder encoder, Scopes scopes,
            AuditTrail audit, Clock clock, EntityManager entityManager, FindByIndexNameSessionRepository<?> sessions,
            TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.orgs = orgs;
        this.tokens = tokens;
        this.encoder = encoder;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.entityManager = entityManager;
        this.sessions = sessions;
    }

    /**
     * One page of the accounts in the caller's scope (the Hibernate scope filter applies to both the rows and the
     * count), by user name; with a {@code query}, those whose user name or display name contains it.
     */
    @Transactional(readOnly = true)
    public Page<Account> search(String query, int page, int size) {
        Pageable pageable = Paging.of(page, size, MAX_PAGE_SIZE, BY_USERNAME);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return accounts.findAll(pageable);
        }
        return accounts.search("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", pageable);
    }

    /** An account in the caller's scope; otherwise {@link NotFound}. */
    @Transactional(readOnly = true)
    public Account get(Long id) {
        return accounts.findById(id).orElseThrow(NotFound.of("account", id));
    }

    @Transactional
    public Account create(AccountDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String username = draft.username().strip();
        if (Scopes.asSystem(() -> accounts.existsByUsername(username))) {
            errors.put("username", "account.username.taken");
        }
        if (!PasswordPolicy.accepts(draft.password())) {
            errors.put("password", "account.password.weak");
        }
        checkOrgAndScope(draft.orgId(), draft.dataScope(), draft.roles(), errors);
        if (draft.memberId() != null) {
            Long memberOrg = accounts.memberOrgId(draft.memberId()).orElse(null);
            if (memberOrg == null) {
                errors.put("memberId", "account.memberId.unknown");
            } else if (!memberOrg.equals(draft.orgId())) {
                errors.put("memberId", "account.memberId.otherOrg");
            } else if (Scopes.asSystem(() -> accounts.findByMemberId(draft.memberId())).isPresent()) {
                errors.put("memberId", "account.memberId.taken");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Account account = new Account(username, encoder.encode(draft.password()), draft.displayName().strip(),
                draft.orgId(), draft.memberId(), draft.dataScope(), draft.roles(), blankToNull(draft.email()),
                clock.instant());
        return accounts.save(account);
    }

    @Transactional
    public Account update(Long id, AccountEdit edit) {
        Account account = writable(id);
        Map<String, String> errors = new LinkedHashMap<>();
        checkOrgAndScope(edit.orgId(), edit.dataScope(), edit.roles(), errors);
        if (account.getMemberId() != null && !edit.orgId().equals(account.getOrgId())) {
            errors.put("orgId", "account.orgId.memberLinked");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Set<Role> rolesBefore = account.getRoles();
        DataScope scopeBefore = account.getDataScope();
        Long orgBefore = account.getOrgId();
        boolean enabledBefore = account.isEnabled();
        account.update(account.getDisplayName(), edit.orgId(), account.getMemberId(), edit.dataScope(), edit.roles(),
                blankToNull(edit.email()), edit.isEnabled());
        boolean powersChanged = false;
        if (!rolesBefore.equals(Set.copyOf(edit.roles()))) {
            audit.record("ACCOUNT_ROLES_CHANGE", "Account", id, edit.orgId(), rolesBefore + " → " + account.getRoles());
            powersChanged = true;
        }
        if (scopeBefore != edit.dataScope() || !orgBefore.equals(edit.orgId())) {
            audit.record("ACCOUNT_SCOPE_CHANGE", "Account", id, edit.orgId(),
                    scopeBefore + "@" + orgBefore + " → " + edit.dataScope() + "@" + edit.orgId());
            powersChanged = true;
        }
        if (enabledBefore != edit.isEnabled()) {
            audit.record(edit.isEnabled() ? "ACCOUNT_ENABLE" : "ACCOUNT_DISABLE", "Account", id, edit.orgId(), null);
            powersChanged |= !edit.isEnabled();
        }
        if (powersChanged) {
            signOutEverywhere(account);
        }
        return account;
    }

    /** The owner lost the authenticator: they enrol a new one at the next sign-in. */
    @Transactional
    public void resetTwoFactor(Long id) {
        Account account = writable(id);
        twoFactor.reset(account.getId());
    }

    public boolean usesTwoFactor(Long id) {
        return twoFactor.enrolled(id);
    }

    @Transactional
    public Account unlock(Long id) {
        Account account = writable(id);
        account.unlock();
        audit.record("ACCOUNT_UNLOCK", "Account", id, account.getOrgId(), null);
        return account;
    }

    /** An administrator sets a new password (the owner should change it at next sign-in). */
    @Transactional
    public Account resetPassword(Long id, String newPassword) {
        Account account = writable(id);
        if (!PasswordPolicy.accepts(newPassword)) {
            throw InvalidInput.field("password", "account.password.weak");
        }
        account.changePassword(encoder.encode(newPassword), clock.instant());
        audit.record("ACCOUNT_PASSWORD_RESET", "Account", id, account.getOrgId(), null);
        signOutEverywhere(account);
        return account;
    }

    @Transactional
    public int revokeTokens(Long id) {
        Account account = writable(id);
        int revoked = tokens.revokeAll(id);
        audit.record("ACCOUNT_TOKENS_REVOKE", "Account", id, account.getOrgId(), String.valueOf(revoked));
        return revoked;
    }

    /**
     * The signed-in user changes their own password. Runs as the system: a worker's own account may lie outside
     * what their scope lets them write, and this is their own record by definition.
     */
    @Transactional
    public void changeOwnPassword(CurrentUser user, PasswordChange change) {
        Scopes.asSystem(() -> {
            Account account = accounts.findById(user.accountId()).orElseThrow(NotFound.of("account", user.accountId()));
            Map<String, String> errors = new LinkedHashMap<>();
            if (!encoder.matches(change.currentPassword(), account.getPasswordHash())) {
                errors.put("currentPassword", "account.password.wrongCurrent");
            }
            if (!PasswordPolicy.accepts(change.newPassword())) {
                errors.put("newPassword", "account.password.weak");
            } else if (!change.newPassword().equals(change.repeatPassword())) {
                errors.put("repeatPassword", "account.password.mismatch");
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
            account.changePassword(encoder.encode(change.newPassword()), clock.instant());
            entityManager.flush(); // inside asSystem, where the scope guard lets it through
            tokens.revokeAll(account.getId());
            audit.record("ACCOUNT_PASSWORD_CHANGE", "Account", account.getId(), account.getOrgId(), null);
        });
    }

    /** The org must exist and be writable by the caller; only an all-seeing caller may grant "all". */
    private void checkOrgAndScope(Long orgId, DataScope dataScope, Set<Role> roles, Map<String, String> errors) {
        Org org = orgId == null ? null : Scopes.asSystem(() -> orgs.findById(orgId)).orElse(null);
        if (org == null) {
            errors.put("orgId", "account.orgId.unknown");
        } else {
            scopes.checkWritable(org.getId(), null);
            if (!org.isActive()) {
                errors.put("orgId", "account.orgId.closed");
            }
        }
        if (dataScope == DataScope.ALL && !scopes.current().isAll()) {
            errors.put("dataScope", "account.dataScope.tooWide");
        }
        if (roles.isEmpty()) {
            errors.put("roles", "account.roles.required");
        }
    }

    /** Ends every session of the account (Spring Session JDBC) and revokes its API tokens. */
    private void signOutEverywhere(Account account) {
        Set<String> ids = sessions.findByPrincipalName(account.getUsername()).keySet();
        ids.forEach(sessions::deleteById);
        int revoked = tokens.revokeAll(account.getId());
        audit.record("ACCOUNT_SIGNED_OUT", "Account", account.getId(), account.getOrgId(),
                "sessions " + ids.size() + ", tokens " + revoked);
    }

    /** Loads an account for a write: missing → 404, outside scope → 403. */
    private Account writable(Long id) {
        Account account = Scopes.asSystem(() -> accounts.findById(id)).orElseThrow(NotFound.of("account", id));
        scopes.checkWritable(account.getOrgId(), null);
        return account;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

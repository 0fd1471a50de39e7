package org.workershome.core.certificate;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.workershome.core.account.Access;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.scope.Scopes;

/**
 * The one certificate mechanism of the platform. A module issues a certificate for one of its records (source module
 * + id) to a holder, within the acting user's scope; anyone verifies a code; a cadre of the issuing org's scope
 * revokes it with a reason. Codes are random (not guessable from an id), 16 characters of an unambiguous alphabet.
 */
@Component
public class Certificates {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 16;

    /** Who holds a certificate: a member (and his account when he has one), by name as printed. */
    public record Holder(Long memberId, Long accountId, String name) {}

    /** What the public page says of a code. */
    public enum Verdict { GENUINE, REVOKED, UNKNOWN }

    public record Verification(Verdict verdict, Certificate certificate) {}

    private final CertificateRecords records;
    private final Access access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Certificates(CertificateRecords records, Access access, Clock clock) {
        this.records = records;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Issues a certificate by {@code orgId} for a module's record, on behalf of the acting account; the write is checked
     * against the signed-in user's scope like any other.
     */
    @Transactional
    public Certificate issue(Long byAccountId, Long orgId, Holder holder, String title, String sourceModule, Long sourceId) {
        if (holder == null || holder.name() == null || holder.name().isBlank()) {
            throw InvalidInput.field("holder", "certificate.error.holderRequired");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw InvalidInput.field("title", "certificate.error.titleRequired");
        }
        return records.save(new Certificate(newCode(), orgId, holder, title, sourceModule, sourceId,
                byAccountId, clock.instant()));
    }

    /** Revokes a certificate the user may revoke (its issuing org in his scope); the reason is shown publicly. */
    @Transactional
    public Certificate revoke(CurrentUser user, String code, String reason) {
        Certificate certificate = records.findByCode(code).orElseThrow(NotFound.of("certificate", code));
        access.require(user, CertificateModule.REVOKE, certificate.getOrgId());
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInput.field("reason", "certificate.error.reasonRequired");
        }
        certificate.revoke(reason.strip(), clock.instant());
        return certificate;
    }

    /**
     * Anyone may verify a code: the verdict, and the certificate (holder's name, title, org) for the page. Read as
     * the system because the visitor has no scope; a wrong code reveals nothing.
     */
    @Transactional(readOnly = true)
    public Verification verify(String code) {
        if (code == null || !code.matches("[" + ALPHABET + "]{" + CODE_LENGTH + "}")) {
            return new Verification(Verdict.UNKNOWN, null);
        }
        return Scopes.asSystem(() -> records.findByCode(code))
                .map(c -> new Verification(c.isRevoked() ? Verdict.REVOKED : Verdict.GENUINE, c))
                .orElse(new Verification(Verdict.UNKNOWN, null));
    }

    /** A certificate as the caller's scope shows it (a worker: his own) — for the PDF download. */
    @Transactional(readOnly = true)
    public Optional<Certificate> visible(String code) {
        return records.findByCode(code);
    }

    /** The certificates issued for these records of a module, in the caller's scope. */
    @Transactional(readOnly = true)
    public List<Certificate> forSources(String sourceModule, List<Long> sourceIds) {
        return sourceIds.isEmpty() ? List.of() : records.findBySourceModuleAndSourceIdIn(sourceModule, sourceIds);
    }

    /** The member's certificates (for /me). */
    @Transactional(readOnly = true)
    public List<Certificate> heldBy(Long memberId) {
        return memberId == null ? List.of() : records.findByHolderMemberIdOrderByIssuedAtDesc(memberId);
    }

    /** The certificates of a module held by a member and not revoked: public facts, shown whoever reads. */
    public List<Certificate> heldPublicly(Long memberId, String sourceModule) {
        return memberId == null ? List.of() : Scopes.asSystem(() -> records.findByHolderMemberIdOrderByIssuedAtDesc(memberId))
                .stream().filter(c -> c.getRevokedAt() == null && sourceModule.equals(c.getSourceModule())).toList();
    }

    /**
     * Which of these records of a module earned a certificate not revoked — public facts, whoever issued them, for
     * counting the winners among records the caller already sees.
     */
    public java.util.Set<Long> certifiedPublicly(String sourceModule, List<Long> sourceIds) {
        return sourceIds.isEmpty() ? java.util.Set.of()
                : Scopes.asSystem(() -> records.findBySourceModuleAndSourceIdIn(sourceModule, sourceIds)).stream()
                        .filter(c -> c.getRevokedAt() == null).map(Certificate::getSourceId)
                        .collect(java.util.stream.Collectors.toSet());
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

package org.workershome.core.certificate;

import static org.workershome.core.account.Role.ADMIN;
import static org.workershome.core.account.Role.CADRE;

import java.util.List;

import org.springframework.stereotype.Component;
import org.workershome.core.module.ModuleManifest;
import org.workershome.core.module.NavEntry;
import org.workershome.core.module.PermissionGrant;

/** Certificates as the platform sees them: revoking is a cadre's act in his scope; verifying is public. */
@Component
class CertificateModule implements ModuleManifest {

    /** Revoke a certificate issued by an org in one's scope. */
    static final String REVOKE = "core:certificate:revoke";

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of();
    }

    @Override
    public List<PermissionGrant> permissions() {
        return List.of(PermissionGrant.of(REVOKE, CADRE, ADMIN));
    }

    /** The verification page the QR code on the PDF points at (one path segment: the PDF itself is not public). */
    @Override
    public List<String> publicPages() {
        return List.of("/certificates/*");
    }
}

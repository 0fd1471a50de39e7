package org.workershome.hardship;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.workershome.core.scope.Scopes;

/**
 * The files under public notice in one org, read as the system: the notice is for every member of the org, whose
 * own scope (SELF) shows him only his own file. {@link HardshipNotices} passes on no personal data from them.
 */
@Component
class PublicNoticeReads {

    private final HardshipFiles files;

    PublicNoticeReads(HardshipFiles files) {
        this.files = files;
    }

    List<HardshipFile> underNoticeIn(Long orgId) {
        return Scopes.asSystem(() -> files.underNoticeIn(orgId));
    }

    Optional<HardshipFile> underNotice(Long fileId, Long orgId) {
        return Scopes.asSystem(() -> files.findById(fileId))
                .filter(f -> f.getStatus() == HardshipStatus.PUBLIC_NOTICE && f.getOrgId().equals(orgId));
    }
}

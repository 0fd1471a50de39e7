package org.workershome.core.org.web;

import org.workershome.core.org.Industry;
import org.workershome.core.org.Org;
import org.workershome.core.org.OrgDraft;
import org.workershome.core.org.OrgManagement;
import org.workershome.core.org.OrgMove;
import org.workershome.core.org.OrgStatus;
import org.workershome.core.org.OrgType;

import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.workershome.core.account.Permissions;
import org.workershome.core.account.CurrentUser;
import org.workershome.core.account.Access;
import org.springframework.web.bind.annotation.RequestHeader;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.workershome.core.error.InvalidInput;

/** The org tree for API clients, limited to the caller's scope like every read. */
@RestController
@RequestMapping("/api/v1/orgs")
class OrgApi {

    record OrgView(Long id, Long parentId, String name, OrgType type, Industry industry, String regionCode,
            String path, int depth, OrgStatus status) {

        static OrgView of(Org org) {
            return new OrgView(org.getId(), org.getParentId(), org.getName(), org.getType(), org.getIndustry(),
                    org.getRegionCode(), org.getPath(), org.getDepth(), org.getStatus());
        }
    }

    /** A partial change: absent fields stay as they are. */
    record OrgPatch(
            @Size(max = 100, message = "{org.name.size}") String name,
            OrgType type,
            Industry industry,
            @Pattern(regexp = "^$|^\\d{6}$", message = "{org.regionCode.pattern}") String regionCode) {}

    private final OrgManagement management;

    private final Access access;

    OrgApi(OrgManagement management, Access access) {
        this.access = access;
        this.management = management;
    }

    /** Every request of this controller needs ORG_READ. */
    @ModelAttribute
    void requirePermission(@AuthenticationPrincipal CurrentUser user) {
        access.require(user, Permissions.ORG_READ);
    }

    @GetMapping
    List<OrgView> list() {
        return management.tree().stream().map(OrgView::of).toList();
    }

    @GetMapping("/{id}")
    OrgView get(@PathVariable Long id) {
        return OrgView.of(management.get(id));
    }

    @PostMapping
    ResponseEntity<OrgView> create(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody OrgDraft draft,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        access.require(user, Permissions.ORG_WRITE);
        Org org = management.create(draft, key);
        return ResponseEntity.created(URI.create("/api/v1/orgs/" + org.getId())).body(OrgView.of(org));
    }

    @PatchMapping("/{id}")
    OrgView update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @Valid @RequestBody OrgPatch patch) {
        access.require(user, Permissions.ORG_WRITE);
        if (patch.name() != null && patch.name().isBlank()) {
            throw InvalidInput.field("name", "org.name.required");
        }
        if (patch.type() == null && patch.industry() == null && patch.regionCode() == null) {
            return OrgView.of(patch.name() == null ? management.get(id) : management.rename(id, patch.name()));
        }
        Org current = management.writableView(id);
        OrgDraft draft = new OrgDraft(current.getParentId(),
                patch.name() == null ? current.getName() : patch.name(),
                patch.type() == null ? current.getType() : patch.type(),
                patch.industry() == null ? current.getIndustry() : patch.industry(),
                patch.regionCode() == null ? current.getRegionCode() : patch.regionCode());
        return OrgView.of(management.update(id, draft));
    }

    @PostMapping("/{id}/move")
    OrgView move(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @Valid @RequestBody OrgMove move) {
        access.require(user, Permissions.ORG_WRITE);
        return OrgView.of(management.move(id, move.parentId()));
    }

    @PostMapping("/{id}/close")
    OrgView close(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
        access.require(user, Permissions.ORG_WRITE);
        return OrgView.of(management.close(id));
    }
}

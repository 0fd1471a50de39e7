package org.workershome.core.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a user types to create or edit an org (page form and API body alike). */
@org.springframework.modulith.NamedInterface("org")
public record OrgDraft(
        Long parentId,
        @NotBlank(message = "{org.name.required}") @Size(max = 100, message = "{org.name.size}") String name,
        @NotNull(message = "{org.type.required}") OrgType type,
        Industry industry,
        @Pattern(regexp = "^$|^\\d{6}$", message = "{org.regionCode.pattern}") String regionCode) {

    public static OrgDraft from(Org org) {
        return new OrgDraft(org.getParentId(), org.getName(), org.getType(), org.getIndustry(), org.getRegionCode());
    }
}

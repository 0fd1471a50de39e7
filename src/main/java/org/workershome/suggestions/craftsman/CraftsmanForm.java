package org.workershome.suggestions.craftsman;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.workershome.core.org.Industry;

/** A nomination: the member (for the union's nomination; none for oneself), title, skill, industry, deeds. */
record CraftsmanForm(Long memberId,
        @NotNull(message = "{suggestions.craftsman.title.required}") CraftsmanTitle title,
        @NotBlank(message = "{suggestions.craftsman.skill.required}") @Size(max = 200, message = "{suggestions.craftsman.skill.required}") String skill,
        @NotNull(message = "{suggestions.craftsman.industry.required}") Industry industry,
        @NotBlank(message = "{suggestions.craftsman.deeds.required}") @Size(max = 4000, message = "{suggestions.craftsman.deeds.required}") String deeds,
        boolean self, String requestToken) {

    static CraftsmanForm blank(boolean self) {
        return new CraftsmanForm(null, CraftsmanTitle.GREEN_CRAFTSMAN, null, Industry.FORESTRY, null, self,
                java.util.UUID.randomUUID().toString());
    }

    Craftsman.Draft toDraft() {
        return new Craftsman.Draft(memberId, title, skill.strip(), industry, deeds.strip());
    }
}

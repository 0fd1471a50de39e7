package org.workershome.core.org;

import jakarta.validation.constraints.NotNull;

/** Where to move an org (page form and API body). */
public record OrgMove(@NotNull(message = "{org.parentId.required}") Long parentId) {}

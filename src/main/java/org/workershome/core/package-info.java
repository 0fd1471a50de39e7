/**
 * The shared kernel every module builds on: org tree, members, accounts and roles, data scope, audit log,
 * notifications, working-day calendar, encryption of personal data, module manifests, page layout and errors.
 * Its API is what its packages mark as named interfaces ({@code core :: *}), never its repositories; core uses no
 * other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Core")
package org.workershome.core;

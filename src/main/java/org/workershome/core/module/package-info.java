/**
 * How a module adds itself to the platform: a {@link org.workershome.core.module.ModuleManifest} bean (navigation,
 * permissions with their default roles, public pages), a {@link org.workershome.core.module.MeSection} bean for
 * {@code /me} and a message bundle {@code i18n/<module>.properties}. See docs/adding-a-module.md.
 */
@org.springframework.modulith.NamedInterface("module")
package org.workershome.core.module;

package org.workershome.portal;

/** Something readers see changed (an article published, withdrawn or edited while live, a block edited). */
public record PortalChanged(String what, Long id) {
}

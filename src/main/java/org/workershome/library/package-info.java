/**
 * Workers' e-library (职工书屋电子平台): EPUB and PDF books uploaded by librarians, a catalogue with Chinese search,
 * a reader in the browser whose position follows the account across devices, and an OPDS catalogue. Uses core only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Library", allowedDependencies = "core :: *")
package org.workershome.library;

/**
 * Certificates (证书) of every module — competition prizes now, training later: issued for a record of a module,
 * rendered as a PDF with an embedded Chinese font and a QR code, verified by anyone at {@code /certificates/{code}},
 * revocable with a reason.
 */
@org.springframework.modulith.NamedInterface("certificate")
package org.workershome.core.certificate;

/**
 * PDFs drawn with the embedded Chinese font (certificates, mediation agreements): text that PDFBox's stripper and
 * screen readers can extract, the same look everywhere, a QR code as vector squares.
 */
@org.springframework.modulith.NamedInterface("pdf")
package org.workershome.core.pdf;

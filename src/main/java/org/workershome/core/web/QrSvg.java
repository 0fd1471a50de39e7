package org.workershome.core.web;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as a small SVG (one path), drawn on the server: no script, no picture library, CSP-safe inline. */
@org.springframework.modulith.NamedInterface("qr")
public final class QrSvg {

    private QrSvg() {}

    /** {@code text} as a QR code {@code px} pixels wide; {@code id} names the element (null for none). */
    public static String of(String text, int px, String id) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        int side = qr.size + 2 * quiet;
        StringBuilder d = new StringBuilder();
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    d.append('M').append(col + quiet).append(',').append(row + quiet).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\"" + (id == null ? "" : " id=\"" + id + "\"") + " viewBox=\"0 0 "
                + side + " " + side + "\" shape-rendering=\"crispEdges\" width=\"" + px + "\" height=\"" + px + "\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\"" + d + "\" fill=\"#000\"/></svg>";
    }
}

package org.workershome.training.session;

import io.nayuki.qrcodegen.QrCode;

/** A QR code as one SVG path, drawn on the server (no script, no picture library). */
final class QrCodes {

    private QrCodes() {}

    static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        StringBuilder d = new StringBuilder();
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    d.append('M').append(col + quiet).append(' ').append(row + quiet).append("h1v1h-1z");
                }
            }
        }
        int side = qr.size + 2 * quiet;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"session-qr\" width=\"288\" height=\"288\" viewBox=\"0 0 "
                + side + " " + side + "\"><rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + d + "\"/></svg>";
    }
}

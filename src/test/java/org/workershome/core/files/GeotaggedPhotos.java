package org.workershome.core.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/**
 * Photos as a phone makes them: a real JPEG carrying an EXIF block with the orientation and a GPS position, an
 * XMP packet and a comment; and the checks that none of it survived storage.
 */
public final class GeotaggedPhotos {

    public static final int WIDTH = 64;
    public static final int HEIGHT = 40;
    /** Seconds of latitude ×10000 as stored in the GPS block: a value found nowhere else in the file. */
    static final int LATITUDE_SECONDS = 0x5EC0_1234;
    static final String XMP = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><exif:GPSLatitude>47,43.5N</exif:GPSLatitude></x:xmpmeta>";
    static final String COMMENT = "住址：伊春市红星区";

    private GeotaggedPhotos() {}

    /** A JPEG with orientation 6 (turn right) and a GPS position in its EXIF, plus XMP, a comment and a trailer. */
    public static byte[] jpeg() {
        byte[] plain = plainJpeg();
        int app0End = 4 + (((plain[4] & 0xFF) << 8) | (plain[5] & 0xFF)); // ImageIO writes SOI, APP0 (JFIF)
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, app0End);
        out.writeBytes(segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), tiff())));
        out.writeBytes(segment(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                XMP.getBytes(StandardCharsets.UTF_8))));
        out.writeBytes(segment(0xFE, COMMENT.getBytes(StandardCharsets.UTF_8)));
        out.write(plain, app0End, plain.length - app0End);
        out.writeBytes("SEFT motion photo trailer".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    public static byte[] plainJpeg() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E7D32));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(Color.ORANGE);
        g.fillOval(8, 8, 24, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Fails unless the content is a JPEG of the photo's size with no position, XMP, comment or trailer left. */
    public static void assertCleanJpeg(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        assertThat(content).startsWith((byte) 0xFF, (byte) 0xD8).endsWith((byte) 0xFF, (byte) 0xD9);
        assertThat(indexOf(content, bigEndian(LATITUDE_SECONDS))).as("GPS latitude").isEqualTo(-1);
        assertThat(indexOf(content, littleEndian(LATITUDE_SECONDS))).as("GPS latitude").isEqualTo(-1);
        assertThat(text).doesNotContain("xmpmeta", "GPSLatitude", "SEFT");
        assertThat(new String(content, StandardCharsets.UTF_8)).doesNotContain(COMMENT);
        assertThat(orientation(content)).as("orientation kept").isEqualTo(6);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
            assertThat(image).as("still a picture").isNotNull();
            assertThat(image.getWidth()).isEqualTo(WIDTH);
            assertThat(image.getHeight()).isEqualTo(HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The orientation in the one EXIF block left, which must hold nothing else (one IFD entry, no GPS). */
    static int orientation(byte[] jpeg) {
        int at = indexOf(jpeg, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(at).as("an EXIF block with the orientation").isPositive();
        assertThat(indexOf(java.util.Arrays.copyOfRange(jpeg, at + 6, jpeg.length),
                "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1))).as("only one EXIF block").isEqualTo(-1);
        int length = ((jpeg[at - 2] & 0xFF) << 8) | (jpeg[at - 1] & 0xFF);
        assertThat(length).as("APP1 with one entry only").isEqualTo(34);
        ByteBuffer tiff = ByteBuffer.wrap(jpeg, at + 6, 26).slice()
                .order(jpeg[at + 6] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertThat(tiff.getShort(8)).as("entries").isEqualTo((short) 1);
        assertThat(tiff.getShort(10)).as("tag").isEqualTo((short) 0x0112);
        return tiff.getShort(18);
    }

    /** Little-endian TIFF: IFD0 with orientation and a GPS pointer; the GPS IFD with latitude ref and latitude. */
    private static byte[] tiff() {
        ByteBuffer b = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        b.putShort((short) 2); // IFD0 at 8
        b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) 6).putShort((short) 0);
        b.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38); // GPS IFD at 38
        b.putInt(0);
        b.putShort((short) 2); // GPS IFD at 38
        b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        b.putShort((short) 2).putShort((short) 5).putInt(3).putInt(68); // three rationals at 68
        b.putInt(0);
        b.putInt(47).putInt(1).putInt(43).putInt(1).putInt(LATITUDE_SECONDS).putInt(10000);
        byte[] tiff = new byte[b.position()];
        b.flip().get(tiff);
        return tiff;
    }

    static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] bigEndian(int v) {
        return ByteBuffer.allocate(4).putInt(v).array();
    }

    private static byte[] littleEndian(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}

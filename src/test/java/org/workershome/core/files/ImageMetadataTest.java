package org.workershome.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.workershome.core.files.GeotaggedPhotos.concat;
import static org.workershome.core.files.GeotaggedPhotos.indexOf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.workershome.core.files.UploadCheck.FileType;

class ImageMetadataTest {

    private final UploadCheck check = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);

    @Test
    void jpegLosesGpsXmpCommentAndTrailerKeepsOrientationAndEveryPixelByte() {
        byte[] photo = GeotaggedPhotos.jpeg();
        UploadCheck.Upload upload = check.check("IMG_0001.jpg", photo);
        GeotaggedPhotos.assertCleanJpeg(upload.content());
        byte[] plain = GeotaggedPhotos.plainJpeg();
        int scan = indexOf(plain, new byte[] {(byte) 0xFF, (byte) 0xDA});
        assertThat(Arrays.copyOfRange(upload.content(), upload.content().length - (plain.length - scan), upload.content().length))
                .as("quantisation, scans and entropy data untouched").isEqualTo(Arrays.copyOfRange(plain, scan, plain.length));
        assertThat(upload.size()).isLessThan(photo.length);
    }

    @Test
    void picturesWithoutMetadataAndOtherFilesStayByteIdentical() {
        byte[] plain = GeotaggedPhotos.plainJpeg();
        assertThat(ImageMetadata.strip(FileType.JPEG, plain)).isSameAs(plain);
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(check.check("a.pdf", pdf).content()).isSameAs(pdf);
        byte[] truncated = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
        assertThat(ImageMetadata.strip(FileType.JPEG, truncated)).isEqualTo(truncated);
    }

    @Test
    void pngLosesTextExifAndTimeChunks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] plain = out.toByteArray();
        assertThat(ImageMetadata.strip(FileType.PNG, plain)).isSameAs(plain);
        int afterHeader = 8 + 25; // signature, IHDR
        byte[] tagged = concat(concat(Arrays.copyOf(plain, afterHeader),
                concat(chunk("tEXt", "Location\0伊春市红星区".getBytes(StandardCharsets.UTF_8)),
                        concat(chunk("eXIf", "MM\0*GPS".getBytes(StandardCharsets.ISO_8859_1)), chunk("tIME", new byte[7])))),
                Arrays.copyOfRange(plain, afterHeader, plain.length));

        byte[] stripped = check.check("a.png", tagged).content();
        assertThat(stripped).isEqualTo(plain);
        assertThat(ImageIO.read(new ByteArrayInputStream(stripped)).getWidth()).isEqualTo(5);
    }

    @Test
    void webpLosesExifAndXmpChunksAndTheirFlags() {
        byte[] vp8x = {0x08 | 0x04 | 0x10, 0, 0, 0, 4, 0, 0, 2, 0, 0}; // EXIF, XMP, alpha; 5×3
        byte[] image = concat(chunk4("VP8X", vp8x), chunk4("VP8L", new byte[] {0x2F, 1, 2, 3, 4}));
        byte[] metadata = concat(chunk4("EXIF", "MM\0*GPS47N".getBytes(StandardCharsets.ISO_8859_1)),
                chunk4("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] stripped = check.check("a.webp", riff(concat(image, metadata))).content();

        byte[] expected = riff(image);
        expected[20] = 0x10; // only the alpha flag left
        assertThat(stripped).isEqualTo(expected);
        assertThat(new String(stripped, StandardCharsets.ISO_8859_1)).doesNotContain("EXIF", "GPS", "xmpmeta");
    }

    /** Whatever bytes pass the magic-byte check, stripping answers bytes and never throws (a 500 on upload). */
    @Test
    void truncatedAndCorruptedPicturesNeverThrow() throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(5, 3, BufferedImage.TYPE_INT_RGB), "png", png);
        byte[] webp = riff(concat(chunk4("VP8X", new byte[10]), chunk4("EXIF", "MM\0*GPS".getBytes(StandardCharsets.ISO_8859_1))));
        java.util.Random random = new java.util.Random(20261125);
        for (var sample : java.util.Map.of(FileType.JPEG, GeotaggedPhotos.jpeg(), FileType.PNG, png.toByteArray(),
                FileType.WEBP, webp).entrySet()) {
            byte[] original = sample.getValue();
            for (int length = 0; length <= original.length; length++) {
                assertThat(ImageMetadata.strip(sample.getKey(), Arrays.copyOf(original, length))).isNotNull();
            }
            for (int round = 0; round < 3000; round++) {
                byte[] corrupted = original.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
                }
                assertThat(ImageMetadata.strip(sample.getKey(), corrupted)).isNotNull();
            }
        }
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeAndData = concat(type.getBytes(StandardCharsets.ISO_8859_1), data);
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        return concat(concat(ByteBuffer.allocate(4).putInt(data.length).array(), typeAndData),
                ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A RIFF chunk, padded to an even length. */
    private static byte[] chunk4(String fourcc, byte[] data) {
        byte[] header = concat(fourcc.getBytes(StandardCharsets.ISO_8859_1),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        return concat(header, data.length % 2 == 0 ? data : Arrays.copyOf(data, data.length + 1));
    }

    private static byte[] riff(byte[] chunks) {
        return concat(concat("RIFF".getBytes(StandardCharsets.ISO_8859_1),
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(chunks.length + 4).array()),
                concat("WEBP".getBytes(StandardCharsets.ISO_8859_1), chunks));
    }
}

package org.workershome.appeals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.workershome.core.files.UploadCheck;
import org.workershome.core.files.UploadCheck.FileType;
import org.workershome.core.error.InvalidInput;

class UploadCheckTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] GIF = "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] WEBP = "RIFF\u0024\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

    private final UploadCheck check = UploadCheck.of(UploadCheck.IMAGES_AND_PDF, UploadCheck.TEN_MB);

    @Test
    void recognisesImagesAndPdfByTheirFirstBytes() {
        assertThat(check.check("a.png", PNG).type()).isEqualTo(FileType.PNG);
        assertThat(check.check("a.jpg", JPEG).type()).isEqualTo(FileType.JPEG);
        assertThat(check.check("a.gif", GIF).type()).isEqualTo(FileType.GIF);
        assertThat(check.check("a.webp", WEBP).type()).isEqualTo(FileType.WEBP);
        assertThat(check.check("a.pdf", PDF).type().contentType()).isEqualTo("application/pdf");
    }

    @Test
    void judgesByContentNotByName() {
        assertThat(check.check("scan.txt", PDF).type()).isEqualTo(FileType.PDF);
        assertRefused(() -> check.check("photo.png", "just some text".getBytes(StandardCharsets.UTF_8)), "upload.error.type");
        assertRefused(() -> check.check("setup.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}), "upload.error.type");
        assertRefused(() -> check.check("riff.webp", "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1)), "upload.error.type");
        assertRefused(() -> check.check("short.png", new byte[] {(byte) 0x89, 'P'}), "upload.error.type");
    }

    @Test
    void allowsOnlyTheTypesTheCallerGives() {
        UploadCheck imagesOnly = UploadCheck.of(UploadCheck.IMAGES, UploadCheck.TEN_MB);
        assertThat(imagesOnly.check("a.png", PNG).type()).isEqualTo(FileType.PNG);
        assertRefused(() -> imagesOnly.check("a.pdf", PDF), "upload.error.type");
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertRefused(() -> check.check("a.png", new byte[0]), "upload.error.noFile");
        byte[] big = new byte[(int) UploadCheck.TEN_MB + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertRefused(() -> check.check("big.pdf", big), "upload.error.tooLarge");
        byte[] exactly = java.util.Arrays.copyOf(big, (int) UploadCheck.TEN_MB);
        assertThat(check.check("max.pdf", exactly).size()).isEqualTo(UploadCheck.TEN_MB);
    }

    @Test
    void keepsOnlyTheBareFileName() {
        assertThat(check.check("C:\\Users\\张三\\工资条.png", PNG).fileName()).isEqualTo("工资条.png");
        assertThat(check.check("../../etc/passwd\".png", PNG).fileName()).isEqualTo("passwd.png");
        assertThat(check.check(null, JPEG).fileName()).isEqualTo("file.jpg");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("file", key)));
    }
}

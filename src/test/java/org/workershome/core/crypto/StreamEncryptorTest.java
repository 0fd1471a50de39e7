package org.workershome.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.workershome.core.WorkersHomeProperties;

class StreamEncryptorTest {

    static final int CHUNK = StreamEncryptor.CHUNK;
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final FieldEncryptor fields = encryptor(KEY);
    private final StreamEncryptor streams = new StreamEncryptor(fields);

    static FieldEncryptor encryptor(String key) {
        return new FieldEncryptor(new WorkersHomeProperties(Path.of("target/no-data-dir"), "",
                new WorkersHomeProperties.Crypto(key), null, null, null, null));
    }

    private byte[] seal(byte[] plain) throws IOException {
        ByteArrayOutputStream sealed = new ByteArrayOutputStream();
        try (OutputStream out = streams.encrypting(sealed)) {
            // in uneven pieces, as a copy loop would write them
            for (int off = 0; off < plain.length; off += 10_007) {
                out.write(plain, off, Math.min(10_007, plain.length - off));
            }
        }
        return sealed.toByteArray();
    }

    private byte[] open(byte[] sealed) throws IOException {
        try (InputStream in = streams.decrypting(new ByteArrayInputStream(sealed))) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aMultiMegabyteFileRoundTripsAndItsContentNeverShowsInTheCiphertext() throws IOException {
        byte[] plain = random(5 * 1024 * 1024 + 123);
        byte[] marker = "身份证号 230718198503150010".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, plain, 3 * CHUNK + 5, marker.length);

        byte[] sealed = seal(plain);

        assertThat(open(sealed)).isEqualTo(plain);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(marker, StandardCharsets.ISO_8859_1));
        assertThat(sealed.length).as("header and one tag a chunk, no Base64")
                .isEqualTo(plain.length + 20 + 16 * (plain.length / CHUNK + 1));
        assertThat(seal(plain)).as("a fresh salt each time").isNotEqualTo(sealed);
    }

    @Test
    void sizesAroundChunkBoundariesRoundTrip() throws IOException {
        for (int size : new int[] {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 2 * CHUNK + 7}) {
            byte[] plain = random(size);
            assertThat(open(seal(plain))).as("%d bytes", size).isEqualTo(plain);
        }
    }

    @Test
    void decryptionIsStreamedAChunkAtATime() throws IOException {
        byte[] sealed = seal(random(4 * 1024 * 1024));
        long[] consumed = new long[1];
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(sealed)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }

            @Override
            public int read() throws IOException {
                int b = super.read();
                consumed[0] += b < 0 ? 0 : 1;
                return b;
            }
        };
        try (InputStream in = streams.decrypting(counting)) {
            assertThat(in.read(new byte[100])).isEqualTo(100);
            assertThat(consumed[0]).as("the first bytes come after one chunk, not the whole file")
                    .isLessThanOrEqualTo(20 + CHUNK + 16 + 1);
        }
    }

    @Test
    void aChangedByteAnywhereIsRefused() throws IOException {
        byte[] sealed = seal(random(3 * CHUNK + 10));
        for (int at : new int[] {25, CHUNK + 100, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[at] ^= 1;
            assertThatThrownBy(() -> open(tampered)).as("byte %d", at).isInstanceOf(StreamEncryptor.Tampered.class);
        }
    }

    @Test
    void aFileCutShortOrExtendedIsRefused() throws IOException {
        byte[] sealed = seal(random(3 * CHUNK));
        int chunk = CHUNK + 16;
        byte[] lastChunkDropped = Arrays.copyOf(sealed, 20 + 2 * chunk);
        byte[] cutInside = Arrays.copyOf(sealed, sealed.length - 5);
        byte[] headerOnly = Arrays.copyOf(sealed, 20);
        byte[] extended = Arrays.copyOf(sealed, sealed.length + chunk);
        System.arraycopy(sealed, 20, extended, sealed.length, chunk);

        for (byte[] bad : new byte[][] {lastChunkDropped, cutInside, headerOnly, extended}) {
            assertThatThrownBy(() -> open(bad)).isInstanceOf(StreamEncryptor.Tampered.class);
        }
    }

    @Test
    void anotherKeyCannotReadTheFile() throws IOException {
        byte[] sealed = seal(random(1000));
        byte[] other = new byte[32];
        other[0] = 1;
        StreamEncryptor stranger = new StreamEncryptor(encryptor(Base64.getEncoder().encodeToString(other)));
        assertThatThrownBy(() -> stranger.decrypting(new ByteArrayInputStream(sealed)).readAllBytes())
                .isInstanceOf(StreamEncryptor.Tampered.class);
    }

    @Test
    void filesSealedTheOldWayAsBase64InOneFieldValueAreStillRead() throws Exception {
        byte[] plain = random(200_000);
        // how hardship stored evidence before: FieldEncryptor over Base64 of the whole file, as ASCII
        byte[] old = fields.encrypt(Base64.getEncoder().encodeToString(plain)).getBytes(StandardCharsets.US_ASCII);

        assertThat(MessageDigest.getInstance("SHA-256").digest(open(old)))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(plain));
        byte[] tampered = old.clone();
        tampered[40] = (byte) (tampered[40] == 'A' ? 'B' : 'A');
        assertThatThrownBy(() -> open(tampered)).isInstanceOf(StreamEncryptor.Tampered.class);
        assertThatThrownBy(() -> open("%PDF-1.4 plain".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(StreamEncryptor.Tampered.class);
    }
}

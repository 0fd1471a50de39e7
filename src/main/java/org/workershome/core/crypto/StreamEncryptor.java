package org.workershome.core.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Files encrypted at rest with the personal-data key, as streams: neither side ever holds more than one chunk.
 *
 * <p>Why chunks and not {@code CipherInputStream}: AES-GCM can only tell a tampered file once it has seen the
 * tag at the end, so the JDK's GCM decryption keeps the whole ciphertext in memory before it answers a byte.
 * Here each 64 KiB chunk is sealed on its own (the "STREAM" construction): a file starts with {@code WHF1} and a
 * random salt, its own AES-256 key is derived from the salt, and chunk {@code i}'s nonce is {@code i} plus a flag
 * saying whether it is the last one, so a chunk changed, swapped, dropped or appended, or a file cut short at a
 * chunk boundary, fails to decrypt. A reader gets each chunk's bytes only after its tag was checked.
 *
 * <p>Files written before this (hardship evidence) are one {@link FieldEncryptor} value holding Base64 of the whole
 * file ({@code v1:…}); {@link #decrypting} still reads them, in memory as they were written.
 */
@Component
public class StreamEncryptor {

    static final int CHUNK = 64 * 1024;
    private static final byte[] MAGIC = "WHF1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LEGACY = "v1:".getBytes(StandardCharsets.US_ASCII);
    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 16;

    /** A file that does not decrypt: the wrong key, or bytes changed, cut or added since it was written. */
    public static class Tampered extends IOException {
        Tampered(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final FieldEncryptor fields;
    private final SecretKeySpec fileKeys;
    private final SecureRandom random = new SecureRandom();

    public StreamEncryptor(FieldEncryptor fields) {
        this.fields = fields;
        this.fileKeys = new SecretKeySpec(fields.derivedKey("file"), "HmacSHA256");
    }

    /** Encrypts what is written to it into {@code out}; {@code close()} seals the last chunk and closes {@code out}. */
    public OutputStream encrypting(OutputStream out) throws IOException {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        out.write(MAGIC);
        out.write(salt);
        return new Sealing(out, keyOf(salt));
    }

    /** The plain bytes of a file {@link #encrypting} wrote (or an old {@code v1:} one); {@link Tampered} if they do not check. */
    public InputStream decrypting(InputStream in) throws IOException {
        byte[] head = in.readNBytes(MAGIC.length);
        if (Arrays.equals(head, MAGIC)) {
            byte[] salt = in.readNBytes(SALT_BYTES);
            if (salt.length < SALT_BYTES) {
                throw new Tampered("encrypted file cut short", null);
            }
            return new Opening(in, keyOf(salt));
        }
        if (head.length >= LEGACY.length && Arrays.equals(Arrays.copyOf(head, LEGACY.length), LEGACY)) {
            return legacy(head, in);
        }
        throw new Tampered("not an encrypted file", null);
    }

    private InputStream legacy(byte[] head, InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(head);
        in.transferTo(all);
        in.close();
        try {
            return new ByteArrayInputStream(Base64.getDecoder().decode(fields.decrypt(all.toString(StandardCharsets.US_ASCII))));
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new Tampered("old encrypted file does not decrypt", e);
        }
    }

    private SecretKeySpec keyOf(byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(fileKeys);
            return new SecretKeySpec(mac.doFinal(salt), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GCMParameterSpec nonce(int chunk, boolean last) {
        byte[] iv = new byte[12];
        iv[7] = (byte) (chunk >>> 24);
        iv[8] = (byte) (chunk >>> 16);
        iv[9] = (byte) (chunk >>> 8);
        iv[10] = (byte) chunk;
        iv[11] = (byte) (last ? 1 : 0);
        return new GCMParameterSpec(TAG_BYTES * 8, iv);
    }

    private static Cipher gcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds one chunk back until more comes or the stream closes, so the last chunk is known when sealed. */
    private static final class Sealing extends OutputStream {
        private final OutputStream out;
        private final SecretKeySpec key;
        private final Cipher cipher = gcm();
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private int chunk;
        private boolean closed;

        Sealing(OutputStream out, SecretKeySpec key) {
            this.out = out;
            this.key = key;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            while (len > 0) {
                if (filled == CHUNK) {
                    seal(false);
                }
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                seal(true);
            } finally {
                out.close();
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                cipher.init(Cipher.ENCRYPT_MODE, key, nonce(chunk++, last));
                out.write(cipher.doFinal(buffer, 0, filled));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("encryption failed", e);
            }
            filled = 0;
        }
    }

    /** Reads and checks one sealed chunk at a time; a chunk is the last one when nothing follows it. */
    private static final class Opening extends InputStream {
        private final PushbackInputStream in;
        private final SecretKeySpec key;
        private final Cipher cipher = gcm();
        private byte[] plain = new byte[0];
        private int pos;
        private int chunk;
        private boolean done;

        Opening(InputStream in, SecretKeySpec key) {
            this.in = new PushbackInputStream(in, 1);
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == plain.length) {
                if (done) {
                    return -1;
                }
                open();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void open() throws IOException {
            byte[] sealed = in.readNBytes(CHUNK + TAG_BYTES);
            boolean last = sealed.length < CHUNK + TAG_BYTES;
            if (!last) {
                int next = in.read();
                if (next < 0) {
                    last = true;
                } else {
                    in.unread(next);
                }
            }
            if (sealed.length < TAG_BYTES) {
                throw new Tampered("encrypted file cut short", null);
            }
            try {
                cipher.init(Cipher.DECRYPT_MODE, key, nonce(chunk++, last));
                plain = cipher.doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new Tampered("encrypted file was changed or cut short", e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("decryption failed", e);
            }
            pos = 0;
            done = last;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}

package org.workershome.core.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.workershome.core.WorkersHomeProperties;

/**
 * AES-256-GCM for personal data at rest, and a keyed hash (HMAC-SHA256) so that an encrypted value
 * can still be found and kept unique (an ID number must not be registered twice).
 * The key comes from {@code workers-home.crypto.key}; without it, from {@code <data-dir>/secret.key},
 * created on first start.
 */
@Component
public class FieldEncryptor {

    private static final Logger log = LoggerFactory.getLogger(FieldEncryptor.class);
    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec aesKey;
    private final SecretKeySpec macKey;
    private final SecureRandom random = new SecureRandom();

    public FieldEncryptor(WorkersHomeProperties properties) {
        byte[] key = loadKey(properties);
        if (key.length != 32) {
            throw new IllegalStateException("workers-home.crypto.key must be Base64 of 32 bytes");
        }
        this.aesKey = new SecretKeySpec(key, "AES");
        // A separate key for hashing, derived so one secret is all an operator keeps.
        this.macKey = new SecretKeySpec(hmac(new SecretKeySpec(key, "HmacSHA256"), "blind-index"), "HmacSHA256");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("value is not encrypted with a known scheme");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, aesKey, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed: wrong key or tampered value", e);
        }
    }

    /**
     * A key of its own for another use of the one secret (e.g. "file" for {@link StreamEncryptor}), so that no
     * two uses share a key and an operator still keeps only one.
     */
    byte[] derivedKey(String purpose) {
        return hmac(new SecretKeySpec(aesKey.getEncoded(), "HmacSHA256"), "derived:" + purpose);
    }

    /** Deterministic keyed hash, hex: equal inputs give equal hashes, the input cannot be recovered. */
    public String blindIndex(String plain) {
        return HexFormat.of().formatHex(hmac(macKey, plain));
    }

    private static byte[] hmac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] loadKey(WorkersHomeProperties properties) {
        String configured = properties.crypto().key();
        if (StringUtils.hasText(configured)) {
            return Base64.getDecoder().decode(configured.trim());
        }
        Path file = properties.dataDir().resolve("secret.key");
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).trim());
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("Generated an encryption key for personal data in {}. Back it up: without it the data cannot be read.", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}

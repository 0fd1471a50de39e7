package org.workershome.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.crypto.FieldEncryptor;
import org.workershome.core.crypto.StreamEncryptor;
import org.workershome.core.error.InvalidInput;
import org.workershome.core.error.NotFound;
import org.workershome.core.scope.Scopes;
import org.workershome.support.IntegrationTest;

/** The mechanism itself, with a kind of record defined here: limits, content check, encryption, lookup, response. */
@IntegrationTest
class AttachmentManagementTest {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Autowired AttachmentManagement attachments;
    @Autowired FileStore files;
    @Autowired FieldEncryptor fields;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkersHomeProperties properties;

    /** Records 1…n "exist"; which of them the caller may see is the set {@code visible}. */
    private AttachmentKind kind(boolean encrypted, Set<Long> visible) {
        long org = jdbc.queryForObject("select min(id) from org", Long.class);
        AttachmentKind kind = AttachmentKind.of("test-record", UploadCheck.of(UploadCheck.IMAGES_AND_PDF, 4L * 1024 * 1024), 2,
                id -> visible.contains(id) ? Optional.of(new AttachmentTarget(id, org, null)) : Optional.empty());
        return encrypted ? kind.encryptedAtRest() : kind;
    }

    private static UploadCheck.Upload pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, content, 0, 9);
        byte[] marker = "身份证号 230718198503150010".getBytes(StandardCharsets.UTF_8);
        System.arraycopy(marker, 0, content, size / 2, marker.length);
        return UploadCheck.of(UploadCheck.IMAGES_AND_PDF, 4L * 1024 * 1024).check("诊断证明 (1).pdf", content);
    }

    private static byte[] body(ResponseEntity<Resource> response) {
        try (InputStream in = response.getBody().getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] stored(Attachment attachment) {
        try {
            return Files.readAllBytes(properties.dataDir().resolve("files").resolve(attachment.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anEncryptedFileOfSeveralMegabytesIsStoredSealedAndServedPlainWithTheOneDownloadResponse() {
        long record = NEXT.incrementAndGet();
        AttachmentKind kind = kind(true, Set.of(record));
        UploadCheck.Upload upload = pdf(3 * 1024 * 1024 + 17);

        Attachment attachment = Scopes.asSystem(() -> attachments.attach(null, kind, record, upload));

        byte[] onDisk = stored(attachment);
        assertThat(attachment.isEncrypted()).isTrue();
        assertThat(new String(onDisk, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("WHF1");
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF")
                .doesNotContain(new String("230718198503150010".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        assertThat(onDisk.length).as("streamed chunks, not Base64").isLessThan(upload.content().length + 1024);

        ResponseEntity<Resource> response = attachments.download(kind, record, attachment.getId());
        assertThat(body(response)).isEqualTo(upload.content());
        assertThat(response.getHeaders().getFirst("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.getHeaders().getContentLength()).isEqualTo(upload.content().length);
        assertThat(response.getHeaders().getFirst("Content-Disposition")).isEqualTo(
                "attachment; filename=\"____ (1).pdf\"; filename*=UTF-8''%E8%AF%8A%E6%96%AD%E8%AF%81%E6%98%8E%20%281%29.pdf");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
    }

    @Test
    void aTamperedStoredFileIsRefusedNotServed() throws IOException {
        long record = NEXT.incrementAndGet();
        AttachmentKind kind = kind(true, Set.of(record));
        Attachment attachment = Scopes.asSystem(() -> attachments.attach(null, kind, record, pdf(5000)));
        Path file = properties.dataDir().resolve("files").resolve(attachment.getStorageKey());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 3] ^= 0x20;
        Files.write(file, bytes);

        assertThatThrownBy(() -> attachments.download(kind, record, attachment.getId()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(StreamEncryptor.Tampered.class);
    }

    @Test
    void oldHardshipEvidenceSealedAsBase64IsStillServed() {
        long record = NEXT.incrementAndGet();
        AttachmentKind kind = kind(true, Set.of(record));
        UploadCheck.Upload upload = pdf(300_000);
        // as HardshipManagement.seal wrote evidence, and as a migrated row of hardship_attachment would say
        String key = files.save(fields.encrypt(Base64.getEncoder().encodeToString(upload.content()))
                .getBytes(StandardCharsets.US_ASCII));
        long org = jdbc.queryForObject("select min(id) from org", Long.class);
        jdbc.update("insert into attachment (target_type, target_id, org_id, file_name, content_type, size_bytes,"
                + " storage_key, encrypted, created_at) values ('test-record', ?, ?, 'old.pdf', 'application/pdf', ?, ?,"
                + " true, current_timestamp)", record, org, upload.size(), key);
        long id = attachments.of(kind, record).get(0).getId();

        assertThat(body(attachments.download(kind, record, id))).isEqualTo(upload.content());
    }

    @Test
    void aRecordTheCallerCannotSeeHasNoFilesAndTakesNone() {
        long record = NEXT.incrementAndGet();
        long hidden = NEXT.incrementAndGet();
        AttachmentKind open = kind(false, Set.of(record, hidden));
        Attachment attachment = Scopes.asSystem(() -> attachments.attach(null, open, hidden, pdf(1000)));
        AttachmentKind scoped = kind(false, Set.of(record));

        assertThatThrownBy(() -> attachments.of(scoped, hidden)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attachments.download(scoped, hidden, attachment.getId())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attachments.attach(null, scoped, hidden, pdf(1000))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attachments.download(scoped, record, attachment.getId()))
                .as("a file is reached only through its own record").isInstanceOf(NotFound.class);
        assertThat(attachments.of(open, hidden)).extracting(Attachment::getId).containsExactly(attachment.getId());
    }

    @Test
    void limitsPerRecordAndPerFormAndTheContentCheckHold() {
        long record = NEXT.incrementAndGet();
        AttachmentKind kind = kind(false, Set.of(record));
        UploadCheck.Upload png = UploadCheck.of(UploadCheck.IMAGES, 1000).check("a.png", PNG);

        Scopes.asSystem(() -> attachments.attach(null, kind, record, List.of(png, png)));

        assertThatThrownBy(() -> Scopes.asSystem(() -> attachments.attach(null, kind, record, png)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "upload.error.tooMany"));
        assertThat(attachments.of(kind, record)).hasSize(2);
        var text = new org.springframework.mock.web.MockMultipartFile("file", "a.png", "image/png", "not a png".getBytes());
        assertThatThrownBy(() -> attachments.check(kind, text)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("file", "upload.error.type"));
        byte[] tooLarge = new byte[4 * 1024 * 1024 + 1];
        System.arraycopy(pdf(100).content(), 0, tooLarge, 0, 100);
        var big = new org.springframework.mock.web.MockMultipartFile("file", "b.pdf", "application/pdf", tooLarge);
        assertThatThrownBy(() -> attachments.check(kind, big)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.fieldErrors()).containsEntry("file", "upload.error.tooLarge"));
        var pngPart = new org.springframework.mock.web.MockMultipartFile("files", "a.png", "image/png", PNG);
        var empty = new org.springframework.mock.web.MockMultipartFile("files", "", "application/octet-stream", new byte[0]);
        assertThat(attachments.check(kind, List.of(pngPart, empty), 5)).as("empty parts are skipped").hasSize(1);
        assertThatThrownBy(() -> attachments.check(kind, List.of(pngPart, pngPart, pngPart), 5))
                .as("never more in one form than a record takes").isInstanceOf(InvalidInput.class);
    }
}

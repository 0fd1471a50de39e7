package org.workershome.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.workershome.core.WorkersHomeProperties;
import org.workershome.core.time.Times;
import org.workershome.core.error.NotFound;

/**
 * Uploaded files in {@code <data-dir>/files/yyyy/MM/<random uuid>}. The user's file name never reaches the disk:
 * callers keep it (and the content type) in their own table next to the storage key this store returns.
 * A file saved inside a transaction is deleted again if that transaction rolls back.
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy/MM").withZone(Times.ZONE);
    private static final Pattern KEY = Pattern.compile("^\\d{4}/\\d{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");

    private final Path root;
    private final Clock clock;

    FileStore(WorkersHomeProperties properties, Clock clock) {
        this.root = properties.dataDir().resolve("files").toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** What a caller writes into a new stored file (e.g. through an encrypting stream); it may close the stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Saves the bytes and answers their storage key. */
    public String save(byte[] content) {
        return save(out -> out.write(content));
    }

    /** Saves what {@code content} writes, streamed to disk, and answers its storage key. */
    public String save(Content content) {
        String key = MONTH.format(clock.instant()) + "/" + UUID.randomUUID();
        Path file = path(key);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(partial)) {
                content.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(key);
                    }
                }
            });
        }
        return key;
    }

    /** The stored bytes; {@link NotFound} if there are none under this key. */
    public InputStream open(String key) {
        try {
            return Files.newInputStream(path(key));
        } catch (NoSuchFileException e) {
            throw NotFound.of("file", key).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String key) {
        return KEY.matcher(key).matches() && Files.isRegularFile(path(key));
    }

    public void delete(String key) {
        deleteQuietly(path(key));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete stored file {}", file, e);
        }
    }

    /** Only keys this store made resolve, so a key from a table can never point outside the store. */
    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a storage key: " + key);
        }
        return root.resolve(key);
    }
}

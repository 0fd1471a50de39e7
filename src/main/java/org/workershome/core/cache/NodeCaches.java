package org.workershome.core.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way a per-node cache learns that its data changed. The owner registers how to empty it once
 * ({@link #register}); whoever changes the data calls {@link #changed}: the cache is emptied here at once and again
 * after the transaction ends (so no reader in between keeps a stale copy), and on every other node when the
 * transaction commits. A node that lost its link to the others empties all its caches when the link returns,
 * because it cannot know what it missed.
 */
@Component
public class NodeCaches {

    private static final Logger log = LoggerFactory.getLogger(NodeCaches.class);

    private final Map<String, Runnable> emptiers = new ConcurrentHashMap<>();
    private final NodeLink link;

    NodeCaches(NodeLink link) {
        this.link = link;
        link.onMessage(this::emptyLocally);
        link.onReconnect(this::emptyAllLocally);
    }

    /** Names a cache and how to empty it; a name is registered once. */
    public void register(String name, Runnable empty) {
        if (emptiers.putIfAbsent(name, empty) != null) {
            throw new IllegalStateException("cache " + name + " is registered twice");
        }
    }

    /** The data behind cache {@code name} changed: empty it here now and after this transaction, and on every node. */
    public void changed(String name) {
        Runnable empty = emptiers.get(name);
        if (empty == null) {
            throw new IllegalArgumentException("no cache named " + name);
        }
        empty.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    empty.run();
                }
            });
        }
        link.send(name);
    }

    private void emptyLocally(String name) {
        Runnable empty = emptiers.get(name);
        if (empty != null) {
            empty.run();
        }
    }

    private void emptyAllLocally() {
        log.info("Emptying {} node caches: the link to the other nodes was down", emptiers.size());
        emptiers.values().forEach(Runnable::run);
    }
}

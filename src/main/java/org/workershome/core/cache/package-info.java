/**
 * Caches kept in each node's memory and emptied on every node when the data behind them changes: on PostgreSQL
 * through LISTEN/NOTIFY (sent in the changing transaction, so delivered only when it commits), on the embedded H2
 * default (one node) locally only.
 */
@org.springframework.modulith.NamedInterface("cache")
package org.workershome.core.cache;

package org.militancymonitor.system;

import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Values derived from the data and kept in memory until it changes: the one way the
 * application caches anything it read from the database (directories, names, select
 * options, rendered pages). Made by {@link DataCaches}, which empties every cache when
 * the data changes.
 * <p>
 * Each value is kept under the {@link DataChanges#version() version of the data} read
 * before it was loaded, and looked up under the version of now: a value loaded while a
 * change committed is never served after it, whatever the order in which the load and the
 * emptying happen. While {@link DataChanges#isListening() changes are not heard} nothing
 * is served from or kept in the cache.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class DataCache<K, V> {

	private final DataChanges changes;

	private final Cache<Versioned<K>, V> entries;

	DataCache(DataChanges changes, Cache<Versioned<K>, V> entries) {
		this.changes = changes;
		this.entries = entries;
	}

	/**
	 * The value for a key as of now: the one kept, else loaded, once however many ask for
	 * it at the same time, and kept.
	 */
	public V get(K key, Function<? super K, ? extends V> loader) {
		if (!this.changes.isListening()) {
			return loader.apply(key);
		}
		return this.entries.get(new Versioned<>(this.changes.version(), key), (versioned) -> loader.apply(key));
	}

	/**
	 * The version of the data now: read it before the data it keys, and give it to
	 * {@link #put} with what was computed from that data.
	 */
	public long version() {
		return this.changes.version();
	}

	/**
	 * The value kept for a key as of now, or null.
	 */
	public V getIfPresent(K key) {
		return this.changes.isListening() ? this.entries.getIfPresent(new Versioned<>(this.changes.version(), key))
				: null;
	}

	/**
	 * Keeps a value computed from the data as it was at {@code version}, unless the data
	 * has changed since or changes are not heard; says whether it was kept.
	 */
	public boolean put(long version, K key, V value) {
		if (!this.changes.isListening() || this.changes.version() != version) {
			return false;
		}
		this.entries.put(new Versioned<>(version, key), value);
		return true;
	}

	/** Whether changes are heard, so that the cache serves and keeps values. */
	public boolean isActive() {
		return this.changes.isListening();
	}

	void clear() {
		this.entries.invalidateAll();
	}

	record Versioned<K>(long version, K key) {
	}

}

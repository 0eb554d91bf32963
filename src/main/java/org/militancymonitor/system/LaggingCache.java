package org.militancymonitor.system;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values derived from the data that may lag it by a bound: costly aggregates (a region's
 * map) whose reloading after every change would cost more than all the requests that read
 * them. Made by {@link DataCaches#lagging}.
 * <p>
 * A value loaded from the data at one version is served as is while the data stays at
 * that version, and after it changes for at most the bound after the change was
 * {@link DataChanges#sinceHeard heard}; later than that it is never served, and the
 * request that finds it so loads it again (once, however many ask at the same time). A
 * value served out of date that was loaded at least three quarters of the bound ago is
 * loaded again in the background, once at a time, so that a value read often is rarely
 * found too old and is reloaded about once per bound whatever the rate of changes. With a
 * bound of 0 it is a {@link DataCache}: only values of the current version are served.
 * While changes are not heard nothing is served from or kept in it; within a transaction
 * it serves only current values, as a {@link DataCache}.
 * <p>
 * A value served out of date within a request is noted on it ({@link #SERVED_VERSION}),
 * so that the {@link PageCache} keeps a page showing it under the version of its oldest
 * part: such a page is out of date as soon as it is kept, and lags no longer than the
 * value did.
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class LaggingCache<K, V> {

	/**
	 * The request attribute with the oldest version of the data among the lagging values
	 * a request was served.
	 */
	public static final String SERVED_VERSION = LaggingCache.class.getName() + ".SERVED_VERSION";

	private static final Log logger = LogFactory.getLog(LaggingCache.class);

	private final DataChanges changes;

	private final Cache<K, Loaded<V>> entries;

	private final long lagNanos;

	private final Executor refresher;

	private final Set<K> refreshing = ConcurrentHashMap.newKeySet();

	LaggingCache(DataChanges changes, Cache<K, Loaded<V>> entries, long lagNanos, Executor refresher) {
		this.changes = changes;
		this.entries = entries;
		this.lagNanos = Math.max(0, lagNanos);
		this.refresher = refresher;
	}

	/**
	 * The value for a key: the one kept if it is current or lags by less than the bound,
	 * else loaded now.
	 */
	public V get(K key, Function<? super K, ? extends V> loader) {
		if (!this.changes.isListening()) {
			return loader.apply(key);
		}
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return current(key, loader, false);
		}
		Loaded<V> kept = this.entries.getIfPresent(key);
		if (kept != null && kept.version() == this.changes.version()) {
			return kept.value();
		}
		if (kept != null && servable(kept)) {
			if (System.nanoTime() - kept.loadedAt() >= this.lagNanos / 4 * 3) {
				refreshLater(key, loader);
			}
			noteServed(kept.version());
			return kept.value();
		}
		Loaded<V> loaded = this.entries.asMap()
			.compute(key, (k, old) -> (old != null && (old.version() == this.changes.version() || servable(old))) ? old
					: load(k, loader, true));
		noteServed(loaded.version());
		return loaded.value();
	}

	/**
	 * The value for a key as of now, as a {@link DataCache} gives it: the one kept only
	 * if it is current, else loaded now (and kept for those who accept it lagging).
	 */
	public V getCurrent(K key, Function<? super K, ? extends V> loader) {
		if (!this.changes.isListening()) {
			return loader.apply(key);
		}
		return current(key, loader, !TransactionSynchronizationManager.isActualTransactionActive());
	}

	/**
	 * The value kept if it is current, else loaded now. A value loaded within a
	 * transaction, which may see what others do not (its own uncommitted writes, or a
	 * test's that rolls back), is kept as a {@link DataCache} would keep it, until the
	 * data changes, and never served out of date nor loaded again in the background,
	 * which sees only what is committed.
	 */
	private V current(K key, Function<? super K, ? extends V> loader, boolean mayLag) {
		Loaded<V> kept = this.entries.getIfPresent(key);
		if (kept != null && kept.version() == this.changes.version()) {
			return kept.value();
		}
		return this.entries.asMap()
			.compute(key,
					(k, old) -> (old != null && old.version() == this.changes.version()) ? old
							: load(k, loader, mayLag))
			.value();
	}

	private static void noteServed(long version) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return;
		}
		Object noted = request.getAttribute(SERVED_VERSION, RequestAttributes.SCOPE_REQUEST);
		if (!(noted instanceof Long oldest) || version < oldest) {
			request.setAttribute(SERVED_VERSION, version, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private boolean servable(Loaded<V> kept) {
		return kept.mayLag() && this.lagNanos > 0 && this.changes.sinceHeard(kept.version() + 1) <= this.lagNanos;
	}

	private Loaded<V> load(K key, Function<? super K, ? extends V> loader, boolean mayLag) {
		long version = this.changes.version();
		return new Loaded<>(version, loader.apply(key), System.nanoTime(), mayLag);
	}

	private void refreshLater(K key, Function<? super K, ? extends V> loader) {
		if (!this.refreshing.add(key)) {
			return;
		}
		try {
			this.refresher.execute(() -> {
				try {
					Loaded<V> fresh = load(key, loader, true);
					this.entries.asMap()
						.merge(key, fresh, (old, loaded) -> (loaded.version() >= old.version()) ? loaded : old);
				}
				catch (RuntimeException ex) {
					logger.warn("Could not load " + key + " again; the value kept stays until it is too old", ex);
				}
				finally {
					this.refreshing.remove(key);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.refreshing.remove(key);
		}
	}

	/** Forgets the values that can no longer be served. */
	void forgetUnservable(long version) {
		this.entries.asMap().values().removeIf((kept) -> kept.version() < version && !servable(kept));
	}

	/**
	 * A value, the version of the data it was loaded from, when (System.nanoTime), and
	 * whether it may be served out of date.
	 */
	record Loaded<V>(long version, V value, long loadedAt, boolean mayLag) {
	}

}

package org.militancymonitor.system;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToIntBiFunction;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the application's {@link DataCache}s, and empties them all when the data changes
 * (their entries are keyed by the version of the data, so emptying frees memory; it is
 * not what keeps them correct). Caffeine is used directly rather than through Spring's
 * {@code @Cacheable}, whose key and condition expressions, evaluated on every lookup,
 * cost far more than the lookup (docs/benchmarks.md). Caches are made once, when their
 * owner is constructed.
 */
@Component
public class DataCaches {

	private final DataChanges changes;

	private final List<DataCache<?, ?>> caches = new CopyOnWriteArrayList<>();

	private final List<LaggingCache<?, ?>> laggingCaches = new CopyOnWriteArrayList<>();

	/**
	 * Reloads the values of {@link LaggingCache}s in the background: one thread, so that
	 * reloading never takes more than a core from the requests; a full queue refuses the
	 * reload (the next read of a value that old asks again).
	 */
	private final ExecutorService refresher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(1000), (task) -> {
				Thread thread = new Thread(task, "data-cache-refresh");
				thread.setDaemon(true);
				return thread;
			}, new ThreadPoolExecutor.AbortPolicy());

	DataCaches(DataChanges changes) {
		this.changes = changes;
	}

	/**
	 * A cache of at most {@code maximumSize} values.
	 */
	public <K, V> DataCache<K, V> create(long maximumSize) {
		return register(new DataCache<>(this.changes, Caffeine.newBuilder().maximumSize(maximumSize).build()));
	}

	/**
	 * A cache of values weighed by {@code weigher}, up to {@code maximumWeight} in all.
	 */
	public <K, V> DataCache<K, V> create(long maximumWeight, ToIntBiFunction<K, V> weigher) {
		return register(new DataCache<>(this.changes,
				Caffeine.newBuilder()
					.maximumWeight(maximumWeight).<DataCache
							.Versioned<K>, V>weigher((key, value) -> weigher.applyAsInt(key.key(), value))
					.build()));
	}

	/**
	 * One value, loaded when first asked for after each change.
	 */
	public <V> Supplier<V> value(Supplier<V> loader) {
		// room for the value of a new version before the change empties the old one: a
		// full cache could refuse the newcomer in favour of the often-read old entry
		DataCache<Boolean, V> cache = create(4);
		return () -> cache.get(Boolean.TRUE, (key) -> loader.get());
	}

	/**
	 * A cache of at most {@code maximumSize} values that may lag the data by up to
	 * {@code lag} after a change, reloaded in the background.
	 */
	public <K, V> LaggingCache<K, V> lagging(long maximumSize, Duration lag) {
		LaggingCache<K, V> cache = new LaggingCache<>(this.changes,
				Caffeine.newBuilder().maximumSize(maximumSize).build(), lag.toNanos(), this.refresher);
		this.laggingCaches.add(cache);
		return cache;
	}

	@PreDestroy
	void stopRefreshing() {
		this.refresher.shutdownNow();
	}

	private <K, V> DataCache<K, V> register(DataCache<K, V> cache) {
		this.caches.add(cache);
		return cache;
	}

	@EventListener
	void onDataChanged(DataChangedEvent event) {
		this.caches.forEach(DataCache::clear);
		this.laggingCaches.forEach((cache) -> cache.forgetUnservable(event.version()));
	}

}

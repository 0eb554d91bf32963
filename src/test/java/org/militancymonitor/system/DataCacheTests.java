package org.militancymonitor.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a {@link DataCache} keeps is served until a committed change, and a value loaded
 * while a change commits is not served after it.
 */
@PostgresSpringBootTest
class DataCacheTests {

	@Autowired
	DataCaches caches;

	@Autowired
	DataChanges changes;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void waitUntilChangesAreHeard() {
		awaitTrue(this.changes::isListening);
	}

	@Test
	void shouldServeTheKeptValueUntilTheDataChanges() {
		AtomicInteger loads = new AtomicInteger();
		Supplier<Integer> value = this.caches.value(loads::incrementAndGet);
		assertThat(value.get()).isEqualTo(1);
		assertThat(value.get()).isEqualTo(1);
		commitAChange();
		assertThat(value.get()).isEqualTo(2);
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void shouldNotServeAValueLoadedWhileTheDataChanged() {
		AtomicInteger loads = new AtomicInteger();
		Supplier<Integer> value = this.caches.value(() -> {
			int load = loads.incrementAndGet();
			if (load == 1) {
				commitAChange(); // the change commits and is heard while loading
			}
			return load;
		});
		assertThat(value.get()).isEqualTo(1);
		assertThat(value.get()).isEqualTo(2);
		assertThat(value.get()).isEqualTo(2);
	}

	@Test
	void shouldKeepAValueOnlyUnderTheVersionItWasComputedAt() {
		DataCache<String, String> cache = this.caches.create(10);
		long version = cache.version();
		commitAChange();
		assertThat(cache.put(version, "page", "stale")).isFalse();
		assertThat(cache.getIfPresent("page")).isNull();
		assertThat(cache.put(cache.version(), "page", "fresh")).isTrue();
		assertThat(cache.getIfPresent("page")).isEqualTo("fresh");
	}

	private void commitAChange() {
		long version = this.changes.version();
		this.jdbc.sql("update militant_group set description = description where slug = 'tjp'").update();
		awaitTrue(() -> this.changes.version() > version);
	}

	private static void awaitTrue(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
	}

}

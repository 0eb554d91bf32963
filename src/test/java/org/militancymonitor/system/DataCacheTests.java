package org.militancymonitor.system;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
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

	@Autowired
	DataSource dataSource;

	/**
	 * Every change committed by earlier tests heard first, so that the version changes
	 * during a test only with the changes it commits.
	 */
	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
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
				// the change commits and is heard while loading: the version is raised
				long version = this.changes.version();
				this.jdbc.sql("update militant_group set description = description where slug = 'tjp'").update();
				Await.until("the change to be heard", () -> this.changes.version() > version);
			}
			return load;
		});
		assertThat(value.get()).isEqualTo(1);
		// the emptying of the caches that follows the new version done too, so that
		// it does not drop the value loaded next
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
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

	/**
	 * Commits a change and waits until it is heard, and the caches emptied: waiting for
	 * the version alone, a value loaded under the new version could be emptied just
	 * after.
	 */
	private void commitAChange() {
		long version = this.changes.version();
		this.jdbc.sql("update militant_group set description = description where slug = 'tjp'").update();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		assertThat(this.changes.version()).as("the version after the change").isGreaterThan(version);
	}

}

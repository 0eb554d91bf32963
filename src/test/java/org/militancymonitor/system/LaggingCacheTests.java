package org.militancymonitor.system;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.militancymonitor.Await;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link LaggingCache} serves a value after a change for at most its bound, loads it
 * again in the background once it is half the bound old, never serves it later than the
 * bound, and keeps out of transactions.
 */
@PostgresSpringBootTest
class LaggingCacheTests {

	@Autowired
	DataCaches caches;

	@Autowired
	DataChanges changes;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	private final AtomicInteger loads = new AtomicInteger();

	private final Function<String, Integer> loader = (key) -> this.loads.incrementAndGet();

	@BeforeEach
	void waitUntilChangesAreHeard() {
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
	}

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void shouldServeTheKeptValueAfterAChangeWithinTheBound() {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofMinutes(10));
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		change();
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		assertThat(this.loads).hasValue(1);
	}

	@Test
	void shouldLoadAgainInTheBackgroundOnceTheValueIsThreeQuartersOfTheBoundOld() throws InterruptedException {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofSeconds(4));
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		Thread.sleep(3100);
		change();
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		Await.until("the value loaded again", () -> cache.get("map", this.loader) == 2);
		assertThat(this.loads).hasValue(2);
	}

	@Test
	void shouldNeverServeAValueLongerThanTheBoundAfterAChange() throws InterruptedException {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofSeconds(1));
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		change();
		Thread.sleep(1100);
		assertThat(cache.get("map", this.loader)).isEqualTo(2);
		assertThat(cache.get("map", this.loader)).isEqualTo(2);
	}

	@Test
	void shouldServeOnlyTheCurrentValueToThoseWhoDoNotAcceptALag() {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofMinutes(10));
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		change();
		assertThat(cache.getCurrent("map", this.loader)).isEqualTo(2);
		assertThat(cache.get("map", this.loader)).isEqualTo(2);
	}

	@Test
	void shouldBeAsADataCacheWithABoundOfZero() {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ZERO);
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		change();
		assertThat(cache.get("map", this.loader)).isEqualTo(2);
	}

	@Test
	void shouldNoteOnTheRequestTheVersionOfAValueServedOutOfDate() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofMinutes(10));
		long loadedAt = this.changes.version();
		cache.get("map", this.loader);
		assertThat(request.getAttribute(LaggingCache.SERVED_VERSION)).isEqualTo(loadedAt);
		change();
		MockHttpServletRequest later = new MockHttpServletRequest();
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(later));
		cache.get("map", this.loader);
		assertThat(later.getAttribute(LaggingCache.SERVED_VERSION)).isEqualTo(loadedAt);
	}

	@Test
	void shouldServeOnlyCurrentValuesWithinATransactionAndNeverLetThemLag() {
		LaggingCache<String, Integer> cache = this.caches.lagging(10, Duration.ofMinutes(10));
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		assertThat(cache.get("map", this.loader)).isEqualTo(1);
		change();
		transaction.executeWithoutResult((status) -> {
			// not the value of before the change, which others may still be served
			assertThat(cache.get("map", this.loader)).isEqualTo(2);
			assertThat(cache.get("map", this.loader)).isEqualTo(2);
		});
		assertThat(cache.get("map", this.loader)).isEqualTo(2);
		change();
		// loaded within a transaction, which may have seen its own writes: never served
		// out of date
		assertThat(cache.get("map", this.loader)).isEqualTo(3);
	}

	/** Waits until the data's version has moved on (any notification heard moves it). */
	private void change() {
		long version = this.changes.version();
		DataChangesBarrier.awaitEveryChangeHeard(this.changes, this.dataSource);
		assertThat(this.changes.version()).isGreaterThan(version);
	}

}

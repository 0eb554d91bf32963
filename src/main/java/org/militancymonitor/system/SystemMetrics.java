package org.militancymonitor.system;

import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an operator watches besides the request timings, pools and JVM that Boot measures
 * itself: how the {@link PageCache} answers (its hit rate is
 * {@code militancy.page.cache.requests} with {@code result=hit} over all results), the
 * {@link AdmissionControl}'s turns and queue, whether {@link DataChanges} listens, and,
 * with a {@link ReadReplica}, the replica's lag and pool. Every figure is read when the
 * registry is read, from counters the parts keep anyway: nothing is added to a request.
 */
@Component
class SystemMetrics implements MeterBinder {

	private static final List<String> ANSWERS = List.of("hit", "stale", "shared", "miss");

	private final PageCache pages;

	private final AdmissionControl admission;

	private final DataChanges changes;

	private final ObjectProvider<ReadReplica.Replica> replica;

	SystemMetrics(PageCache pages, AdmissionControl admission, DataChanges changes,
			ObjectProvider<ReadReplica.Replica> replica) {
		this.pages = pages;
		this.admission = admission;
		this.changes = changes;
		this.replica = replica;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (String answer : ANSWERS) {
			FunctionCounter.builder("militancy.page.cache.requests", this.pages, (cache) -> cache.answered(answer))
				.tag("result", answer)
				.description("Requests for cached pages, by how the page cache answered them")
				.register(registry);
		}
		Gauge.builder("militancy.page.cache.pages", this.pages, PageCache::keptPages)
			.description("Pages kept by the page cache")
			.register(registry);
		Gauge.builder("militancy.page.cache.size", this.pages, PageCache::keptBytes)
			.baseUnit("bytes")
			.description("What the kept pages weigh")
			.register(registry);
		for (boolean reads : new boolean[] { true, false }) {
			String lane = reads ? "reads" : "writes";
			Gauge.builder("militancy.admission.active", this.admission, (control) -> control.active(reads))
				.tag("lane", lane)
				.description("Requests holding a turn")
				.register(registry);
			Gauge.builder("militancy.admission.waiting", this.admission, (control) -> control.waiting(reads))
				.tag("lane", lane)
				.description("Requests waiting for a turn")
				.register(registry);
			Gauge.builder("militancy.admission.turns", this.admission, (control) -> control.turns(reads))
				.tag("lane", lane)
				.description("Turns there are")
				.register(registry);
		}
		FunctionCounter.builder("militancy.admission.refused", this.admission, AdmissionControl::refused)
			.description("Requests answered 503 after waiting for a turn")
			.register(registry);
		Gauge.builder("militancy.data.changes.listening", this.changes, (heard) -> heard.isListening() ? 1 : 0)
			.description("Whether changes to the data are heard (1), so that caches may serve")
			.register(registry);
		this.replica.ifAvailable((replica) -> bindReplica(replica, registry));
	}

	private static void bindReplica(ReadReplica.Replica replica, MeterRegistry registry) {
		Gauge.builder("militancy.replica.lag", replica, SystemMetrics::lagOrNaN)
			.baseUnit("seconds")
			.description("How far the read replica's replay is behind")
			.register(registry);
		Gauge.builder("militancy.replica.fallen.back", replica, (standby) -> standby.fallenBack() ? 1 : 0)
			.description("Whether reads go to the primary because the replica cannot be reached (1)")
			.register(registry);
		HikariDataSource pool = replica.pool();
		if (pool.getMetricsTrackerFactory() == null && pool.getMetricRegistry() == null) {
			pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
		}
	}

	private static double lagOrNaN(ReadReplica.Replica replica) {
		try {
			Double lag = replica.lagSeconds();
			return (lag != null) ? lag : 0;
		}
		catch (RuntimeException ex) {
			return Double.NaN;
		}
	}

}

package org.militancymonitor.system;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a lookup of a value kept until the data changes costs, two ways: {@link DataCache}
 * (Caffeine under a key holding the data version) and Spring's cache abstraction over
 * Caffeine ({@code @Cacheable} with the version as its key and "listening" as its
 * condition, which is what keeps it correct). A directory is read once or more per
 * request, a region name once per row. Run by src/bench/cache/run.sh; prints ns per lookup.
 */
public class CacheLookupBenchmark {

	public static void main(String[] args) {
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.registerBean("dataSource", PGSimpleDataSource.class, () -> {
				PGSimpleDataSource dataSource = new PGSimpleDataSource();
				dataSource.setURL(System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/postgres"));
				dataSource.setUser(System.getProperty("user", "postgres"));
				return dataSource;
			});
			context.register(Config.class, DataChanges.class, DataCaches.class);
			context.refresh();
			DataChanges changes = context.getBean(DataChanges.class);
			long deadline = System.nanoTime() + 30_000_000_000L;
			while (!changes.isListening() && System.nanoTime() < deadline) {
				Thread.onSpinWait();
			}
			if (!changes.isListening()) {
				throw new IllegalStateException("not listening for data changes");
			}
			Supplier<Object> kept = context.getBean(DataCaches.class).value(Object::new);
			Directory spring = context.getBean(Directory.class);
			int rounds = Integer.getInteger("rounds", 5);
			int lookups = Integer.getInteger("lookups", 5_000_000);
			for (int round = 0; round <= rounds; round++) {
				long dataCache = time(lookups, kept::get);
				long springCache = time(lookups, spring::value);
				if (round > 0) { // the first round warms the JIT up
					System.out.printf("round %d: DataCache %.1f ns, Spring @Cacheable %.1f ns per lookup%n", round,
							(double) dataCache / lookups, (double) springCache / lookups);
				}
			}
		}
	}

	private static final AtomicLong sink = new AtomicLong();

	private static long time(int lookups, Supplier<Object> lookup) {
		long start = System.nanoTime();
		long hash = 0;
		for (int i = 0; i < lookups; i++) {
			hash += System.identityHashCode(lookup.get());
		}
		sink.addAndGet(hash);
		return System.nanoTime() - start;
	}

	@Configuration(proxyBeanMethods = false)
	@EnableCaching
	static class Config {

		@Bean
		CacheManager cacheManager() {
			CaffeineCacheManager manager = new CaffeineCacheManager("directory");
			manager.setCaffeineSpec(com.github.benmanes.caffeine.cache.CaffeineSpec.parse("maximumSize=4"));
			return manager;
		}

		@Bean
		Directory directory() {
			return new Directory();
		}

	}

	public static class Directory {

		@Cacheable(cacheNames = "directory", key = "@dataChanges.version()", condition = "@dataChanges.isListening()")
		public Object value() {
			return new Object();
		}

	}

}

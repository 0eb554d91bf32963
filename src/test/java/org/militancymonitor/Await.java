package org.militancymonitor;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.fail;

/**
 * Waits for a condition rather than for a time: a loaded two-core machine can take
 * seconds for what takes milliseconds alone, so the bound is generous, and a test that
 * reaches it fails saying what it waited for.
 */
public final class Await {

	/** The longest a test waits for anything that should happen at once. */
	public static final Duration TIMEOUT = Duration.ofSeconds(60);

	private Await() {
	}

	/**
	 * Returns once {@code condition} holds; fails after {@link #TIMEOUT}.
	 * @param what what is waited for, for the failure's message
	 * @param condition checked every few milliseconds
	 */
	public static void until(String what, BooleanSupplier condition) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() - deadline > 0) {
				fail("Waited " + TIMEOUT.toSeconds() + " s for " + what);
			}
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + what, ex);
			}
		}
	}

}

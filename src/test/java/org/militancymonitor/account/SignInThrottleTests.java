package org.militancymonitor.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pauses after too many failures within the window, longer with each failure after one,
 * forgotten on success (for the account) and once the window passes quietly.
 */
class SignInThrottleTests {

	MutableClock clock = new MutableClock();

	SignInThrottle throttle = new SignInThrottle(5, 20, Duration.ofMinutes(15), this.clock);

	@Test
	void shouldPauseAnAccountAfterFiveFailuresWithinTheWindow() {
		fail("ana", 4);
		assertThat(this.throttle.isRefused("ana", "10.0.0.9")).isFalse();
		fail("ana", 1);
		assertThat(this.throttle.isRefused("ANA", "10.0.0.9")).isTrue();
		assertThat(this.throttle.isRefused("bob", "10.0.0.9")).isFalse();
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.isRefused("ana", "10.0.0.9")).isFalse();
	}

	@Test
	void shouldPauseLongerWithEachFailureAfterAPause() {
		fail("ana", 5);
		this.clock.advance(Duration.ofSeconds(61));
		fail("ana", 1);
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.throttle.isRefused("ana", "x")).as("two minutes after the sixth failure").isTrue();
		this.clock.advance(Duration.ofSeconds(60));
		assertThat(this.throttle.isRefused("ana", "x")).isFalse();
	}

	@Test
	void shouldForgetFailuresSpreadBeyondTheWindow() {
		fail("ana", 4);
		this.clock.advance(Duration.ofMinutes(16));
		fail("ana", 4);
		assertThat(this.throttle.isRefused("ana", "x")).isFalse();
	}

	@Test
	void shouldForgetAnAccountsFailuresOnSuccessButNotTheAddresss() {
		for (int i = 0; i < 19; i++) {
			this.throttle.recordFailure("ana", "10.0.0.1");
			if (i % 4 == 3) {
				this.throttle.recordSuccess("ana");
			}
		}
		this.throttle.recordSuccess("ana");
		assertThat(this.throttle.isRefused("ana", "10.0.0.2")).isFalse();
		this.throttle.recordFailure("zed", "10.0.0.1");
		assertThat(this.throttle.isRefused("ana", "10.0.0.1")).as("the address's twentieth failure").isTrue();
	}

	private void fail(String username, int times) {
		for (int i = 0; i < times; i++) {
			this.throttle.recordFailure(username, "10.0.0." + i);
		}
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-01-01T00:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}

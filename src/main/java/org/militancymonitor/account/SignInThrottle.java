package org.militancymonitor.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address, and refuses further attempts for a
 * while once there have been too many within the window: for a minute, then twice as long
 * with each further failure after the pause, up to an hour. An address has a higher limit
 * than an account, since many people may share one (an office behind one NAT). Counters
 * live in memory: a restart forgets them, and each instance of the application counts its
 * own.
 */
@Component
class SignInThrottle {

	private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

	private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

	private final Cache<String, Failures> accounts;

	private final Cache<String, Failures> addresses;

	private final int maxAccountFailures;

	private final int maxAddressFailures;

	private final Duration window;

	private final Clock clock;

	@Autowired
	SignInThrottle(@Value("${militancy.security.sign-in.max-failures:5}") int maxAccountFailures,
			@Value("${militancy.security.sign-in.max-address-failures:20}") int maxAddressFailures,
			@Value("${militancy.security.sign-in.window:15m}") Duration window) {
		this(maxAccountFailures, maxAddressFailures, window, Clock.systemUTC());
	}

	SignInThrottle(int maxAccountFailures, int maxAddressFailures, Duration window, Clock clock) {
		this.maxAccountFailures = maxAccountFailures;
		this.maxAddressFailures = maxAddressFailures;
		this.window = window;
		this.clock = clock;
		// bounded, so that guessing many usernames or addresses cannot fill the memory
		this.accounts = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(LONGEST_PAUSE.plus(window))
			.build();
		this.addresses = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(LONGEST_PAUSE.plus(window))
			.build();
	}

	/** Whether an attempt for this account from this address is refused now. */
	boolean isRefused(String username, String address) {
		Instant now = this.clock.instant();
		return refused(this.accounts.getIfPresent(key(username)), now)
				|| refused(this.addresses.getIfPresent(String.valueOf(address)), now);
	}

	void recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		this.accounts.asMap().compute(key(username), (k, failures) -> next(failures, now, this.maxAccountFailures));
		this.addresses.asMap()
			.compute(String.valueOf(address), (k, failures) -> next(failures, now, this.maxAddressFailures));
	}

	/** A successful sign-in forgets the account's failures, not the address's. */
	void recordSuccess(String username) {
		this.accounts.invalidate(key(username));
	}

	private static String key(String username) {
		return (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
	}

	private static boolean refused(Failures failures, Instant now) {
		return failures != null && failures.pausedUntil() != null && now.isBefore(failures.pausedUntil());
	}

	private Failures next(Failures failures, Instant now, int max) {
		if (failures == null || (failures.pausedUntil() == null && now.isAfter(failures.since().plus(this.window)))) {
			failures = new Failures(now, 0, null);
		}
		int count = failures.count() + 1;
		Instant pausedUntil = null;
		if (count >= max) {
			int doublings = Math.min(count - max, 6);
			Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
			pausedUntil = now.plus((pause.compareTo(LONGEST_PAUSE) > 0) ? LONGEST_PAUSE : pause);
		}
		return new Failures(failures.since(), count, pausedUntil);
	}

	/**
	 * Failures since a moment; paused until a moment once too many. A pause that has
	 * ended keeps the count, so that the next failure pauses for longer, until the
	 * counter expires unused.
	 */
	record Failures(Instant since, int count, Instant pausedUntil) {
	}

}

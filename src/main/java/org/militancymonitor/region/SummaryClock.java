package org.militancymonitor.region;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What day it is for the summaries: {@code militancy.summaries.today} (an ISO date) when
 * set, so that tests and demonstrations read a fixed day, else today in UTC.
 */
@Component
class SummaryClock {

	private final LocalDate fixed;

	private final Clock clock;

	@Autowired
	SummaryClock(@Value("${militancy.summaries.today:}") String today) {
		this(today.isBlank() ? null : LocalDate.parse(today.strip()), Clock.systemUTC());
	}

	SummaryClock(LocalDate fixed, Clock clock) {
		this.fixed = fixed;
		this.clock = clock;
	}

	LocalDate today() {
		return (this.fixed != null) ? this.fixed : LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}

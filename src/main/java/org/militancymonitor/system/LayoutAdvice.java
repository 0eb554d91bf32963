package org.militancymonitor.system;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the URLs of its stylesheets and scripts, and how
 * fresh its data is.
 */
@ControllerAdvice
class LayoutAdvice {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

	private final Assets assets;

	private final long lagSeconds;

	LayoutAdvice(Assets assets, @Value("${militancy.page-cache.max-staleness:5s}") Duration maxStaleness) {
		this.assets = assets;
		this.lagSeconds = maxStaleness.isNegative() ? 0 : (maxStaleness.toMillis() + 999) / 1000;
	}

	@ModelAttribute("assets")
	Assets assets() {
		return this.assets;
	}

	/**
	 * When the page's data was read: before the handler reads anything, so the page shows
	 * every change committed before that time. It is part of the page, so a page the
	 * {@link PageCache} keeps says when its own rendering read the data.
	 */
	@ModelAttribute("freshness")
	Freshness freshness(HttpServletRequest request) {
		PageCache.Route route = (PageCache.Route) request.getAttribute(PageCache.ROUTE);
		return new Freshness(TIME.format(Instant.now()), (route != null) ? route.lagSeconds() : this.lagSeconds);
	}

	/**
	 * When a page's data was read (UTC, to the second), and by how many seconds at most a
	 * kept page may lag a change (0 when kept pages are never served stale).
	 */
	record Freshness(String asOf, long lagSeconds) {
	}

}

package org.militancymonitor.system;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;

import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Requests that are not timed ({@code http.server.requests}): the actuator's (health
 * probes, scrapes), which would only time the watching, and {@code /api/ping}, the
 * benchmarks' bare endpoint, whose rate every page's figure is measured against and which
 * should stay what it was before the metrics.
 */
@Component
class UntimedRequests implements ObservationPredicate {

	@Override
	public boolean test(String name, Observation.Context context) {
		if (context instanceof ServerRequestObservationContext request) {
			String path = request.getCarrier().getRequestURI();
			return !(path.startsWith("/actuator/") || path.equals("/api/ping"));
		}
		return true;
	}

}

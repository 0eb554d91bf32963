package org.militancymonitor.system;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A bare endpoint with no database work: a liveness probe for load balancers, and the
 * framework's ceiling that page benchmarks are compared with.
 */
@RestController
class PingApiController {

	@GetMapping("/api/ping")
	Ping ping() {
		return new Ping("ok");
	}

	record Ping(String status) {
	}

}

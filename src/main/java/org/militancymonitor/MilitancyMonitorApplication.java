package org.militancymonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Militancy Monitor: a sourced dashboard of militant-group activity and UN sanctions
 * reporting.
 */
@SpringBootApplication
public class MilitancyMonitorApplication {

	public static void main(String[] args) {
		SpringApplication.run(MilitancyMonitorApplication.class, args);
	}

}

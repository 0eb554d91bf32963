package org.militancymonitor;

import org.militancymonitor.sanctions.UnListCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Militancy Monitor: a sourced dashboard of militant-group activity and UN sanctions
 * reporting.
 */
@SpringBootApplication
public class MilitancyMonitorApplication {

	/**
	 * Serves the dashboard; with {@code --import-un-list=FILE}, imports that UN list and
	 * exits with the import's status instead, without serving.
	 */
	public static void main(String[] args) {
		if (UnListCommand.isRequested(args)) {
			System.exit(UnListCommand.importAndExit(MilitancyMonitorApplication.class, args));
		}
		SpringApplication.run(MilitancyMonitorApplication.class, args);
	}

}

package org.militancymonitor.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * URLs of the WebJars the layout loads, computed once from the versions the build filters
 * into application.properties, so that no request pays for a WebJars lookup. Templates
 * use them as {@code @{${@assets.bootstrapCss}}}.
 */
@Component
public class Assets {

	private final String bootstrapCss;

	private final String bootstrapJs;

	Assets(@Value("${militancy.assets.bootstrap-version}") String bootstrapVersion) {
		this.bootstrapCss = "/webjars/bootstrap/" + bootstrapVersion + "/css/bootstrap.min.css";
		this.bootstrapJs = "/webjars/bootstrap/" + bootstrapVersion + "/js/bootstrap.bundle.min.js";
	}

	public String getBootstrapCss() {
		return this.bootstrapCss;
	}

	public String getBootstrapJs() {
		return this.bootstrapJs;
	}

}

package org.militancymonitor.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * URLs of the WebJars the pages load, computed once from the versions the build filters
 * into application.properties, so that no request pays for a WebJars lookup. The layout
 * reads them from the model ({@link LayoutAdvice}).
 */
@Component
public class Assets {

	private final String bootstrapCss;

	private final String bootstrapJs;

	private final String chartJs;

	private final String visNetworkJs;

	private final String visNetworkCss;

	private final String leafletJs;

	private final String leafletCss;

	Assets(@Value("${militancy.assets.bootstrap-version}") String bootstrapVersion,
			@Value("${militancy.assets.chartjs-version}") String chartJsVersion,
			@Value("${militancy.assets.vis-network-version}") String visNetworkVersion,
			@Value("${militancy.assets.leaflet-version}") String leafletVersion) {
		this.bootstrapCss = "/webjars/bootstrap/" + bootstrapVersion + "/css/bootstrap.min.css";
		this.bootstrapJs = "/webjars/bootstrap/" + bootstrapVersion + "/js/bootstrap.bundle.min.js";
		this.chartJs = "/webjars/chart.js/" + chartJsVersion + "/dist/chart.umd.min.js";
		this.visNetworkJs = "/webjars/vis-network/" + visNetworkVersion + "/standalone/umd/vis-network.min.js";
		this.visNetworkCss = "/webjars/vis-network/" + visNetworkVersion + "/styles/vis-network.min.css";
		this.leafletJs = "/webjars/leaflet/" + leafletVersion + "/dist/leaflet.js";
		this.leafletCss = "/webjars/leaflet/" + leafletVersion + "/dist/leaflet.css";
	}

	public String getBootstrapCss() {
		return this.bootstrapCss;
	}

	public String getBootstrapJs() {
		return this.bootstrapJs;
	}

	public String getChartJs() {
		return this.chartJs;
	}

	public String getVisNetworkJs() {
		return this.visNetworkJs;
	}

	/**
	 * vis-network's stylesheet, which its standalone build would otherwise add as style
	 * elements that the Content-Security-Policy refuses (js/vis-network-csp.js).
	 */
	public String getVisNetworkCss() {
		return this.visNetworkCss;
	}

	public String getLeafletJs() {
		return this.leafletJs;
	}

	public String getLeafletCss() {
		return this.leafletCss;
	}

}

package org.militancymonitor.stix;

/** What the dashboard's STIX bundles and its import agree on. */
final class StixFormat {

	/** The source_name of the external references that point at the dashboard's pages. */
	static final String SOURCE_NAME = "militancy-monitor";

	static final String SPEC_VERSION = "2.1";

	static final String MEDIA_TYPE = "application/stix+json;version=2.1";

	private StixFormat() {
	}

}

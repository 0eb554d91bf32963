package org.militancymonitor.common;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Another record as the API names it: its slug (which its own resource is found by) and
 * its name.
 */
@Schema(description = "A record named by its slug (its resource's key) and its name")
public record NamedLink(String slug, String name) {

	/** The link, or null when there is no slug. */
	public static NamedLink of(String slug, String name) {
		return (slug != null) ? new NamedLink(slug, name) : null;
	}

}

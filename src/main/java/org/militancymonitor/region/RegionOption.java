package org.militancymonitor.region;

/**
 * A region as forms and filters offer it.
 */
public record RegionOption(long id, String slug, String name, RegionLevel level, String parentSlug) {
}

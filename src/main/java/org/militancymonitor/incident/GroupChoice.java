package org.militancymonitor.incident;

/**
 * A group as the incident filter offers it.
 */
public record GroupChoice(long id, String slug, String name) {

}

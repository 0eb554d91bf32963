package org.militancymonitor.group;

/**
 * A group as forms and filters offer it.
 */
public record GroupOption(long id, String slug, String name) {
}

package org.militancymonitor.statement;

/**
 * A state or organisation, as statement pages link to it.
 */
public record ActorLink(String slug, String name) {
}

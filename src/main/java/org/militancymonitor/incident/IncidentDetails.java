package org.militancymonitor.incident;

import java.util.List;

import org.militancymonitor.claim.Evidence;

/**
 * Everything the incident page shows.
 */
public record IncidentDetails(Incident incident, List<IncidentActor> actors, List<Evidence> evidence) {
}

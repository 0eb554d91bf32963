package org.militancymonitor.incident;

/**
 * A valid {@link IncidentFilter} with its region and group slugs resolved to ids.
 */
record ResolvedFilter(IncidentFilter filter, Long countryId, Long provinceId, Long groupId) {
}

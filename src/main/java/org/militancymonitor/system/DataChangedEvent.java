package org.militancymonitor.system;

/**
 * Published when the database reports committed changes to the data (or when changes may
 * have been missed), so that what is kept in memory from it can be dropped.
 *
 * @param version the {@link DataChanges#version() version} the data is now at
 */
public record DataChangedEvent(long version) {

}

package org.militancymonitor.region;

import org.militancymonitor.common.PartialDate;

/**
 * A report, statement or contested subject about a region, as its summary lists it.
 *
 * @param kind REPORT, STATEMENT, RELATIONSHIP or RESPONSE
 * @param date when it was published or made
 * @param title the report's title, the statement's summary or the contested subject
 * @param by who issued or said it
 * @param groups the groups active in the region it concerns, by name
 * @param link its page
 */
public record RelatedItem(String kind, PartialDate date, String title, String by, String groups, String link) {

}

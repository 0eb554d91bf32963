package org.militancymonitor.audit;

/**
 * One field's value before and after a revision, as text ({@code null} for no value).
 *
 * @param label the message key of the field's label, {@code history.<Entity>.<field>}
 * @param before the value before the revision, {@code null} when there was none
 * @param after the value after it, {@code null} when there is none
 */
public record FieldChange(String label, String before, String after) {

}

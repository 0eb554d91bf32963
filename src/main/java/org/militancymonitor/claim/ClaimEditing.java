package org.militancymonitor.claim;

/**
 * Whether the reader of the page being rendered may edit claims, so that a page offers
 * the edit link to them alone; the accounts and their roles say.
 */
public interface ClaimEditing {

	boolean currentReaderMayEdit();

}

package org.militancymonitor.audit;

import org.hibernate.envers.RevisionListener;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps a new revision with the authenticated user and the reason its transaction was
 * given ({@link ChangeReason}). Envers calls it when the transaction commits, on the
 * committing thread, so both are read from that thread.
 */
public class RevisionStamp implements RevisionListener {

	/** The user of a change made with nobody signed in: a migration, a job, a test. */
	public static final String SYSTEM = "system";

	@Override
	public void newRevision(Object revisionEntity) {
		((Revision) revisionEntity).stamp(currentUser(), ChangeReason.current());
	}

	static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}

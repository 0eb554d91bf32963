package org.militancymonitor.system;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page shows of the requester's own session: who is signed in and a sign-out form
 * carrying the session's CSRF token. The layout writes it between {@link #START} and
 * {@link #END}; the {@link PageCache} keeps a page without it and writes the fragment of
 * the request it serves in its place, so that a kept page never shows one session's
 * values to another.
 */
public interface SessionFragment {

	/** Opens the fragment in a page. */
	String START = "<!--session-->";

	/** Closes the fragment in a page. */
	String END = "<!--/session-->";

	/**
	 * The fragment for this request, markup escaped, from {@link #START} to {@link #END}.
	 */
	String html(HttpServletRequest request);

}

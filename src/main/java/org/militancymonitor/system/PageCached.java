package org.militancymonitor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler, or every handler of a controller, whose HTML page depends on the data,
 * the URL and the requester's roles alone, so that the {@link PageCache} keeps it until
 * the data changes, one copy for each set of roles. What differs by session belongs in
 * the layout's {@link SessionFragment}; a page that shows anything else of the user or
 * the session must not carry it.
 * <p>
 * A handler whose page shows something that lags the data (counts refreshed in the
 * background) sets the request attribute {@link #NOT_KEPT} while it lags: that rendering
 * is served but not kept, since a kept page is taken for the data's as of its version.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageCached {

	/**
	 * The request attribute (any value) that keeps the rendering of this request out of
	 * the cache.
	 */
	String NOT_KEPT = "org.militancymonitor.system.PageCached.NOT_KEPT";

	/**
	 * The property (a duration) by which this handler's pages may lag the data, when it
	 * is longer than the page cache's own bound: after a change, a kept page is served
	 * for up to that long, and rendered again by a request that finds it out of date only
	 * once its rendering is half that old, so that it is rendered at most about twice per
	 * bound however often the data changes. Empty: the page cache's bound
	 * ({@code militancy.page-cache.max-staleness}), rendered again on the first request
	 * after a change.
	 */
	String lag() default "";

}

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
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageCached {

}

package org.militancymonitor.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler, or every handler of a controller, whose HTML page depends on the data
 * and the URL alone, so that the {@link PageCache} keeps it until the data changes. A
 * page that differs by user, or shows anything but the data, must not carry it.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PageCached {

}

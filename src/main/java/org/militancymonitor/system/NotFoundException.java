package org.militancymonitor.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Thrown when a page asks for a thing that does not exist; rendered as the 404 page.
 */
public class NotFoundException extends ResponseStatusException {

	public NotFoundException(String kind, Object key) {
		super(HttpStatus.NOT_FOUND, "No " + kind + " '" + key + "'");
	}

}

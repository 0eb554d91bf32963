package org.militancymonitor.system;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the URLs of its stylesheets and scripts.
 */
@ControllerAdvice
class LayoutAdvice {

	private final Assets assets;

	LayoutAdvice(Assets assets) {
		this.assets = assets;
	}

	@ModelAttribute("assets")
	Assets assets() {
		return this.assets;
	}

}

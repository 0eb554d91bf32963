package org.militancymonitor.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * The page of a form POST whose one-time token is missing or altered: a 400 that says
 * what happened and what to do, as every refused input does.
 */
@ControllerAdvice
class FormTokenAdvice {

	private final Assets assets;

	FormTokenAdvice(Assets assets) {
		this.assets = assets;
	}

	@ExceptionHandler(FormTokens.InvalidTokenException.class)
	String invalidToken(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		// An exception handler's model holds no model attributes: the layout's is added.
		model.addAttribute("assets", this.assets);
		model.addAttribute("refusal", "form.tokenInvalid");
		return "error/refused";
	}

}

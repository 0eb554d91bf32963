package org.militancymonitor.sanctions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.Assets;
import org.militancymonitor.system.FormTokens;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than the multipart limit ({@code spring.servlet.multipart.*}): the
 * list's upload form again, answered 413 with the limit. The list's upload is the one
 * form that sends a file, so the answer is its form's.
 */
@ControllerAdvice
class UploadLimitAdvice {

	private final SanctionsImportController form;

	private final MessageSource messages;

	private final Assets assets;

	UploadLimitAdvice(SanctionsImportController form, MessageSource messages, Assets assets) {
		this.form = form;
		this.messages = messages;
		this.assets = assets;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(HttpServletRequest request, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		// An exception handler's model holds no model attributes: the layout's is added.
		model.addAttribute("assets", this.assets);
		String view = this.form.form(request, model, FormTokens.newToken(), null);
		model.addAttribute("refusal", this.messages.getMessage("sanctions.import.tooLarge",
				new Object[] { model.getAttribute("maxFileSize") }, LocaleContextHolder.getLocale()));
		return view;
	}

}

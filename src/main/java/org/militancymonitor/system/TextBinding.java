package org.militancymonitor.system;

import java.beans.PropertyEditorSupport;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Bounds the lists a form may grow, binds an empty field as no value, and refuses text
 * with control characters other than tab and line breaks wherever a request binds text:
 * PostgreSQL cannot store a NUL in text, and no source's words hold the others. The field
 * then shows its type-mismatch message instead of the request failing.
 */
@ControllerAdvice
class TextBinding {

	/**
	 * Lines a form may add to a list: more is not a record but an attack on the binder.
	 */
	static final int MAX_LIST_LINES = 64;

	/**
	 * Applies to what requests that change data submit; the read pages' filters check
	 * their own text and say so on their forms.
	 */
	@InitBinder
	void refuseControlCharacters(WebDataBinder binder, HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			binder.setAutoGrowCollectionLimit(MAX_LIST_LINES);
			binder.registerCustomEditor(String.class, new TextEditor());
		}
	}

	static boolean hasControlCharacter(String text) {
		return ControlCharacters.in(text);
	}

	private static final class TextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (text != null && hasControlCharacter(text)) {
				throw new IllegalArgumentException("text with a control character");
			}
			setValue((text == null || text.isBlank()) ? null : text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}

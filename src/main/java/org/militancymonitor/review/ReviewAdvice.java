package org.militancymonitor.review;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.militancymonitor.system.Assets;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The review queue's count in every editor's navigation, and the page of a review step
 * that is refused.
 */
@ControllerAdvice
class ReviewAdvice {

	private final ReviewQueue queue;

	private final Assets assets;

	ReviewAdvice(ReviewQueue queue, Assets assets) {
		this.queue = queue;
		this.assets = assets;
	}

	@ModelAttribute("reviewCount")
	Long reviewCount(HttpServletRequest request) {
		return request.isUserInRole("EDITOR") ? this.queue.count() : null;
	}

	@ExceptionHandler(ReviewException.class)
	String refused(ReviewException ex, Model model, HttpServletResponse response) {
		return refusal(ex.getMessageKey(), model, response);
	}

	/** A review step that raced another on the same record or revision. */
	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	String raced(Model model, HttpServletResponse response) {
		return refusal("review.refused.raced", model, response);
	}

	/**
	 * An exception handler's model holds no model attributes: the layout's are added
	 * here.
	 */
	private String refusal(String messageKey, Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		model.addAttribute("assets", this.assets);
		model.addAttribute("refusal", messageKey);
		return "error/refused";
	}

}

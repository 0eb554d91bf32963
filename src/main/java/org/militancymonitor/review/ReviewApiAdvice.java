package org.militancymonitor.review;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.system.Problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A refused review step through the API, as a problem (409): the rule's message, the same
 * the page's refusal shows, and its key under {@code refusal}; a write that lost a race
 * with another on the same record is a version conflict (409) and changed nothing. Pages
 * keep their refusal page ({@link ReviewAdvice}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReviewApiAdvice {

	private final MessageSource messages;

	ReviewApiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(ReviewException.class)
	ProblemDetail refused(ReviewException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		String detail = this.messages.getMessage(ex.getMessageKey(), null, ex.getMessageKey(), locale);
		boolean raced = "review.refused.raced".equals(ex.getMessageKey());
		ProblemDetail problem = Problems.of(HttpStatus.CONFLICT,
				raced ? Problems.VERSION_CONFLICT : Problems.REVIEW_REFUSED,
				raced ? "Version conflict" : "Review step refused", detail, request);
		problem.setProperty("refusal", ex.getMessageKey());
		return problem;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ProblemDetail raced(HttpServletRequest request) {
		return Problems.of(HttpStatus.CONFLICT, Problems.VERSION_CONFLICT, "Version conflict",
				"Someone saved this record at the same moment; nothing of this request was saved. "
						+ "Read it again and re-apply the change to its new version.",
				request);
	}

}

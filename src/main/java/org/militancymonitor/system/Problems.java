package org.militancymonitor.system;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;

/**
 * The RFC 9457 problem details the API answers a refused request with, in
 * {@code application/problem+json}: {@code type} (about:blank, or one of the types here
 * for the problems a client handles apart), {@code title}, {@code status}, {@code detail}
 * (what is wrong, never how the server failed) and {@code instance} (the path asked for),
 * with {@code invalid} listing each rejected query parameter or body field.
 */
public final class Problems {

	/** Query parameters that do not parse or are out of range (400). */
	public static final URI INVALID_PARAMETERS = URI.create("urn:militancy-monitor:problem:invalid-parameters");

	/** A request body that is not JSON of the expected shape (400). */
	public static final URI MALFORMED_BODY = URI.create("urn:militancy-monitor:problem:malformed-body");

	/** A well-formed body whose values the rules refuse (422). */
	public static final URI INVALID_BODY = URI.create("urn:militancy-monitor:problem:invalid-body");

	/** The record changed between the client's read and its write (409). */
	public static final URI VERSION_CONFLICT = URI.create("urn:militancy-monitor:problem:version-conflict");

	/** A review step the record's state or the person does not allow (409). */
	public static final URI REVIEW_REFUSED = URI.create("urn:militancy-monitor:problem:review-refused");

	/** {@code If-Match} names a representation other than the current one (412). */
	public static final URI PRECONDITION_FAILED = URI.create("urn:militancy-monitor:problem:precondition-failed");

	/** A write without {@code If-Match} (428). */
	public static final URI PRECONDITION_REQUIRED = URI.create("urn:militancy-monitor:problem:precondition-required");

	/** An {@code Idempotency-Key} sent again with another request (422). */
	public static final URI IDEMPOTENCY_KEY_REUSED = URI.create("urn:militancy-monitor:problem:idempotency-key-reused");

	private Problems() {
	}

	/** A problem of a status, with its reason phrase as title, for this request. */
	public static ProblemDetail of(HttpStatusCode status, String detail, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		if (request != null) {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		return problem;
	}

	/** A problem of a type of its own, titled. */
	public static ProblemDetail of(HttpStatus status, URI type, String title, String detail,
			HttpServletRequest request) {
		ProblemDetail problem = of(status, detail, request);
		problem.setType(type);
		problem.setTitle(title);
		return problem;
	}

	/** A problem listing what was rejected, under {@code invalid}. */
	public static ProblemDetail invalid(HttpStatus status, URI type, String title, String detail, List<Invalid> invalid,
			HttpServletRequest request) {
		ProblemDetail problem = of(status, type, title, detail, request);
		problem.setProperty("invalid", invalid);
		return problem;
	}

	/**
	 * An exception that answers with the problem: for a handler whose return type names
	 * what it answers when all goes well ({@link ApiExceptionHandler} writes it).
	 */
	public static ErrorResponseException raise(ProblemDetail problem) {
		return new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
	}

	public static ResponseEntity<Object> response(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

	/**
	 * A rejected value: the query parameter or body field ({@code name}, as the request
	 * names it, e.g. {@code actors[0].party}; null for the request as a whole), the value
	 * given (as text, when there is one) and what is wrong with it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Invalid(String name, String value, String message) {
	}

}

package org.militancymonitor.system;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem details for whatever a JSON controller ({@code @RestController}) leaves
 * unanswered: Spring MVC's own refusals (405, 406, 415, a missing or malformed parameter
 * or header, a body that is not JSON), a failed {@code @Valid} body (422 with its
 * fields), a {@link org.springframework.web.server.ResponseStatusException} such as a
 * 404, and, for anything else, a 500 that says nothing of the cause. Pages keep their
 * error pages: this applies to JSON controllers only, and {@link ApiErrorResolver} lends
 * it to the requests under {@code /api} that reach no controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	/** The fields of a {@code @Valid} body, each with its message: 422. */
	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return Problems.response(invalidBody(ex.getBindingResult(), request(request)));
	}

	/**
	 * A body that is not JSON, or whose value does not fit a field (text for a number, an
	 * unknown enum constant): 400, naming where it went wrong.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String at = (ex.getMostSpecificCause() instanceof JacksonException json) ? pointer(json) : null;
		String detail = (at != null && !at.isEmpty())
				? "The request body does not fit the resource at " + at + ": check its type or spelling."
				: "The request body is not JSON of the resource's shape.";
		ProblemDetail problem = Problems.invalid(HttpStatus.BAD_REQUEST, Problems.MALFORMED_BODY, "Malformed body",
				detail, (at != null && !at.isEmpty()) ? List.of(new Problems.Invalid(at, null, detail)) : List.of(),
				request(request));
		return Problems.response(problem);
	}

	/** A path variable or parameter of the wrong type, named: 400. */
	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String name = (ex instanceof MethodArgumentTypeMismatchException mismatch) ? mismatch.getName()
				: ex.getPropertyName();
		String detail = "'" + name + "' must be " + article(ex.getRequiredType()) + ".";
		return Problems
			.response(Problems.invalid(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETERS, "Invalid parameter", detail,
					List.of(new Problems.Invalid(name, String.valueOf(ex.getValue()), detail)), request(request)));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getInstance() == null && request(request) != null) {
			problem.setInstance(java.net.URI.create(request(request).getRequestURI()));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	/** Anything else: a 500 that tells nothing of the cause, which the log keeps. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error answering " + request.getMethod() + " " + request.getRequestURI(), ex);
		return Problems.response(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; nothing was changed by it.", request));
	}

	/**
	 * The problem of a body whose values the rules refuse: 422, each field error with the
	 * form's message under the name the request gives the field, and errors of the whole
	 * body under no name.
	 */
	public ProblemDetail invalidBody(BindingResult result, Function<String, String> names, HttpServletRequest request) {
		List<Problems.Invalid> invalid = invalid(result, names);
		String fields = invalid.stream()
			.map(Problems.Invalid::name)
			.filter((n) -> n != null)
			.distinct()
			.collect(Collectors.joining(", "));
		return Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, Problems.INVALID_BODY, "Invalid body",
				fields.isEmpty() ? "The request's values are refused." : "These fields are refused: " + fields + ".",
				invalid, request);
	}

	public ProblemDetail invalidBody(BindingResult result, HttpServletRequest request) {
		return invalidBody(result, Function.identity(), request);
	}

	/**
	 * The problem of query parameters that do not parse, are out of range or name nothing
	 * (400), each named with the value given and the page's message for it.
	 */
	public ProblemDetail invalidParameters(BindingResult result, Function<String, String> names,
			HttpServletRequest request) {
		List<Problems.Invalid> invalid = invalid(result, names);
		String parameters = invalid.stream()
			.map(Problems.Invalid::name)
			.filter((n) -> n != null)
			.distinct()
			.collect(Collectors.joining(", "));
		return Problems.invalid(HttpStatus.BAD_REQUEST, Problems.INVALID_PARAMETERS, "Invalid parameters",
				"These parameters are refused: " + parameters + ".", invalid, request);
	}

	private List<Problems.Invalid> invalid(BindingResult result, Function<String, String> names) {
		Locale locale = LocaleContextHolder.getLocale();
		return result.getAllErrors().stream().map((error) -> {
			String message = this.messages.getMessage(error, locale);
			if (error instanceof FieldError field) {
				Object rejected = field.getRejectedValue();
				String value = (rejected == null || rejected instanceof java.util.Collection<?>
						|| rejected.toString().length() > 200) ? null : rejected.toString();
				return new Problems.Invalid(names.apply(field.getField()), value, message);
			}
			return new Problems.Invalid(null, null, message);
		}).toList();
	}

	private static String pointer(JacksonException ex) {
		StringBuilder at = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				at.append((at.length() > 0) ? "." : "").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				at.append('[').append(reference.getIndex()).append(']');
			}
		}
		return at.toString();
	}

	private static String article(Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a whole number";
		}
		if (type.isEnum()) {
			return "one of " + List.of(type.getEnumConstants());
		}
		return "a " + type.getSimpleName();
	}

	private static HttpServletRequest request(WebRequest request) {
		return (request instanceof NativeWebRequest nativeRequest)
				? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
	}

}

package org.militancymonitor.system;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers 503 (Service Unavailable) with {@code Retry-After}, never 500, when the
 * database cannot be reached, a connection breaks or a statement runs past its timeout:
 * pages with the error page, requests under {@code /api} with a problem detail.
 * <p>
 * A read (GET or HEAD) whose connection breaks is tried once more on a fresh connection
 * before it is answered 503: pages render into memory, so nothing has been sent yet. A
 * statement timeout is not tried again, as the second try would only wait as long, nor is
 * a request that got no connection from the pool in its time.
 * <p>
 * The filter comes before Spring Security, whose sign-in reads accounts; the resolver
 * comes before every other, so that no handler turns such a failure into a 500.
 */
@Component
public class DatabaseUnavailable extends OncePerRequestFilter implements HandlerExceptionResolver, Ordered {

	private static final Log log = LogFactory.getLog(DatabaseUnavailable.class);

	/** Seconds a client is told to wait before it tries again. */
	static final String RETRY_AFTER = "5";

	/** The request attribute the error page reads to tell why it is unavailable. */
	static final String ATTRIBUTE = "databaseUnavailable";

	private static final String FAILURE = DatabaseUnavailable.class.getName() + ".failure";

	private final JsonMapper json;

	DatabaseUnavailable(JsonMapper json) {
		this.json = json;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	/** Whether the failure is the database's: unreachable, broken, or too slow. */
	public static boolean isDatabaseFailure(Throwable ex) {
		return isConnectionFailure(ex) || isTimeout(ex);
	}

	/** Whether the connection could not be had or broke. */
	static boolean isConnectionFailure(Throwable ex) {
		for (Throwable cause : causes(ex)) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof CannotGetJdbcConnectionException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof java.sql.SQLNonTransientConnectionException
					|| cause instanceof org.hibernate.exception.JDBCConnectionException) {
				return true;
			}
			// 08: connection exceptions; 57P01-57P03: the server shuts down, crashed or
			// starts
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The failure, its causes, and the failures suppressed by any of them, each once: a
	 * rollback that fails on the broken connection replaces the failure that broke it,
	 * which it keeps as suppressed (or as a {@link TransactionSystemException}'s
	 * application exception), and the pool says only "Connection is closed".
	 */
	private static Set<Throwable> causes(Throwable ex) {
		Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<Throwable> next = new ArrayDeque<>();
		if (ex != null) {
			next.add(ex);
		}
		while (!next.isEmpty() && seen.size() < 64) {
			Throwable t = next.poll();
			if (!seen.add(t)) {
				continue;
			}
			if (t.getCause() != null) {
				next.add(t.getCause());
			}
			next.addAll(Arrays.asList(t.getSuppressed()));
			if (t instanceof TransactionSystemException tx && tx.getApplicationException() != null) {
				next.add(tx.getApplicationException());
			}
		}
		return seen;
	}

	/**
	 * Whether the pool had no connection to give within its timeout (the database down,
	 * say): trying again would only wait as long again.
	 */
	static boolean isNoConnectionToBeHad(Throwable ex) {
		for (Throwable cause : causes(ex)) {
			if (cause instanceof SQLTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/** Whether a statement ran past its timeout (PostgreSQL's SQLState 57014). */
	static boolean isTimeout(Throwable ex) {
		for (Throwable cause : causes(ex)) {
			if (cause instanceof QueryTimeoutException || cause instanceof org.hibernate.QueryTimeoutException
					|| cause instanceof java.sql.SQLTimeoutException) {
				return true;
			}
			if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** Keeps a controller's database failure for the filter, which answers it. */
	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!isDatabaseFailure(ex) || response.isCommitted()) {
			return null;
		}
		request.setAttribute(FAILURE, ex);
		return new ModelAndView();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean reads = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		Throwable failure = attempt(request, response, chain);
		if (failure != null && reads && isConnectionFailure(failure) && !isNoConnectionToBeHad(failure)
				&& !response.isCommitted()) {
			log.info("Trying " + request.getMethod() + " " + request.getRequestURI() + " again on a fresh connection: "
					+ failure);
			response.reset();
			failure = attempt(request, response, chain);
		}
		if (failure == null) {
			return;
		}
		if (response.isCommitted()) {
			rethrow(failure);
		}
		log.warn("Database unavailable answering " + request.getMethod() + " " + request.getRequestURI() + ": "
				+ failure);
		response.reset();
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
		if (ApiErrorResolver.isApi(request)) {
			ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, isTimeout(failure)
					? "The database did not answer in time; nothing was changed by this request. Try again later."
					: "The database cannot be reached; nothing was changed by this request. Try again later.", request);
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter().write(this.json.writeValueAsString(problem));
			return;
		}
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

	/**
	 * The database failure a try ended in, or null; other failures go on as they were.
	 */
	private Throwable attempt(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		request.removeAttribute(FAILURE);
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (isDatabaseFailure(ex)) {
				return ex;
			}
			throw ex;
		}
		Object failure = request.getAttribute(FAILURE);
		request.removeAttribute(FAILURE);
		return (failure instanceof Throwable ex) ? ex : null;
	}

	private static void rethrow(Throwable failure) throws ServletException, IOException {
		if (failure instanceof ServletException ex) {
			throw ex;
		}
		if (failure instanceof IOException ex) {
			throw ex;
		}
		if (failure instanceof RuntimeException ex) {
			throw ex;
		}
		throw new ServletException(failure);
	}

}

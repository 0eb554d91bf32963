package org.militancymonitor.system;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps rendered pages that only change when the data does, such as group profiles, and
 * serves them again until the data changes: rendering a profile with its hundred pieces
 * of evidence costs far more than serving it again.
 * <p>
 * A page is kept under its path and parameters, the locale it is rendered in (the
 * application's {@link LocaleResolver}'s, not the browser's Accept-Language) and the
 * {@link DataChanges#version() version of the data} read before it was rendered, in a
 * {@link DataCache}: every committed change to the data raises the version and empties
 * the cache. Kept are only successful HTML answers to GET requests for the paths of
 * handlers marked {@link PageCached}, rendered outside any enclosing transaction (a
 * test's, which may roll back) and while {@link DataChanges#isListening() changes are
 * heard}. The key holds no user: a page that differs by user must not be listed.
 * <p>
 * A page that is not kept yet is rendered once however many ask for it at the same time:
 * the others wait for that rendering (outside the {@link AdmissionControl}, holding no
 * turn) and are served its result, or render the page themselves if it cannot be kept or
 * takes longer than {@code militancy.web.max-wait}. After a start or a change to the
 * data, a slow page is then rendered once, not by every client that asks for it.
 * <p>
 * The {@value #HEADER} header says {@code hit}, {@code miss} or {@code shared} (waited
 * for another request's rendering). A kept page is served before the
 * {@link AdmissionControl}, without waiting for a turn.
 */
@Component
@Order(AdmissionControl.ORDER - 1)
class PageCache extends OncePerRequestFilter {

	static final String HEADER = "X-Page-Cache";

	private final ApplicationContext context;

	private volatile List<PathPattern> paths = List.of();

	private final DataCache<Key, Page> pages;

	private final LocaleResolver locales;

	/** Renderings under way, by the key of the page they will keep. */
	private final Map<Key, CompletableFuture<Page>> renderings = new ConcurrentHashMap<>();

	private final AtomicInteger waiting = new AtomicInteger();

	private final long maxWaitNanos;

	PageCache(ApplicationContext context, DataCaches caches, LocaleResolver locales,
			@Value("${militancy.page-cache.size:64MB}") DataSize size,
			@Value("${militancy.web.max-wait:10s}") Duration maxWait) {
		this.context = context;
		this.locales = locales;
		this.maxWaitNanos = maxWait.toNanos();
		this.pages = caches.create(size.toBytes(),
				(Key key, Page page) -> page.body().length + 2 * key.uri().length() + 64);
	}

	/**
	 * Reads which paths to keep from the handlers, once they are all mapped.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void readPaths() {
		List<PathPattern> paths = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (isPageCached(handler) && answersGet(info)) {
					patterns(info).forEach(paths::add);
				}
			});
		}
		this.paths = List.copyOf(paths);
	}

	private static boolean isPageCached(HandlerMethod handler) {
		return handler.hasMethodAnnotation(PageCached.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PageCached.class);
	}

	private static boolean answersGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(RequestMethod.GET);
	}

	private static Stream<PathPattern> patterns(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		return (patterns != null) ? patterns.getPatterns().stream()
				: info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse);
	}

	/** The paths whose pages are kept. */
	List<PathPattern> paths() {
		return this.paths;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		List<PathPattern> paths = this.paths;
		if (!"GET".equals(request.getMethod()) || paths.isEmpty()) {
			return true;
		}
		PathContainer path = PathContainer
			.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		return paths.stream().noneMatch((pattern) -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.pages.isActive() || TransactionSynchronizationManager.isActualTransactionActive()) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(this.pages.version(), uri(request), this.locales.resolveLocale(request));
		Page page = this.pages.getIfPresent(key);
		if (page != null) {
			serve(page, "hit", key, response);
			return;
		}
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> other = this.renderings.putIfAbsent(key, mine);
		if (other != null) {
			page = await(other);
			if (page != null) {
				serve(page, "shared", key, response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		try {
			ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
			rendering.setHeader(HEADER, "miss");
			chain.doFilter(request, rendering);
			if (keepable(request, rendering)) {
				Page rendered = new Page(rendering.getContentAsByteArray(), rendering.getContentType());
				if (this.pages.put(key.version(), key, rendered)) {
					page = rendered;
				}
			}
			mine.complete(page);
			rendering.copyBodyToResponse();
		}
		finally {
			// a failed or unkept rendering: whoever waits for it renders for itself
			mine.complete(null);
			this.renderings.remove(key, mine);
		}
	}

	private static void serve(Page page, String how, Key key, HttpServletResponse response) throws IOException {
		response.setHeader(HEADER, how);
		response.setLocale(key.locale()); // Content-Language, as the rendering set it
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/** The page another request is rendering; null if it is not kept or not in time. */
	private Page await(CompletableFuture<Page> rendering) throws IOException {
		this.waiting.incrementAndGet();
		try {
			return rendering.get(this.maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while waiting for a page to be rendered", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
		finally {
			this.waiting.decrementAndGet();
		}
	}

	/** Requests waiting for another's rendering now. */
	int waiting() {
		return this.waiting.get();
	}

	private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
		String type = response.getContentType();
		return response.getStatus() == HttpStatus.OK.value() && type != null && type.startsWith("text/html")
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && request.getSession(false) == null
				&& request.getUserPrincipal() == null;
	}

	/**
	 * The path and the request's parameters, encoded (the parameters rather than the
	 * query string, which does not hold them all when a test builds the request).
	 */
	private static String uri(HttpServletRequest request) {
		StringBuilder uri = new StringBuilder(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			for (String value : parameter.getValue()) {
				uri.append(separator)
					.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				separator = '&';
			}
		}
		return uri.toString();
	}

	record Key(long version, String uri, Locale locale) {
	}

	record Page(byte[] body, String contentType) {
	}

}

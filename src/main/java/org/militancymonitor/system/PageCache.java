package org.militancymonitor.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.Charset;
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
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertyResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
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
 * A page is kept under its path and parameters and the locale it is rendered in (the
 * application's {@link LocaleResolver}'s, not the browser's Accept-Language), with the
 * {@link DataChanges#version() version of the data} read before it was rendered: every
 * committed change to the data raises the version, and a page of an older version is out
 * of date. Kept are only successful HTML answers to GET requests for the paths of
 * handlers marked {@link PageCached}, rendered outside any enclosing transaction (a
 * test's, which may roll back) and while {@link DataChanges#isListening() changes are
 * heard}, unless the handler keeps its rendering out ({@link PageCached#NOT_KEPT}).
 * <p>
 * Stale while revalidating: for {@code militancy.page-cache.max-staleness} (5s) after the
 * change that made a kept page out of date was {@link DataChanges#sinceHeard heard}, the
 * page is still served ({@value #HEADER} {@code stale}), and the first request that finds
 * it so renders it again, once, after closing its own answer, into a {@link Detached}
 * response through the rest of the chain, and keeps it. Later than that it is never
 * served. A rendering never replaces one from a newer version. Each page says when its
 * data was read (the layout's footer, {@code LayoutAdvice}), so a stale copy tells its
 * own age. With a bound of 0, every change forgets every page and only pages of the
 * current version are served.
 * <p>
 * A handler may give its pages a longer bound of their own ({@link PageCached#lag()}):
 * such a page is rendered again only once its rendering is half the bound old, so a page
 * read all the time while the data changes every second is rendered a couple of times per
 * bound, not every second.
 * <p>
 * Editors' requests are never served from the cache nor kept in it ({@link #EDITOR}).
 * With sign-in, a page is also kept under the requester's roles (the {@code ROLE_}
 * authorities, none for an anonymous reader), so that it is only served to someone with
 * the same roles: a page may show more to an editor than to an analyst. What differs by
 * session (the user's name, the sign-out form's CSRF token) is the layout's
 * {@link SessionFragment}: a page is kept without it and served with the fragment of the
 * request it answers. A page that carries a CSRF token anywhere else (a form that posts)
 * is never kept, nor one that sets a cookie. Security's filters run before this one, so a
 * kept page is only served to a request they let through.
 * <p>
 * A page that is not kept yet is rendered once however many ask for it at the same time:
 * the others wait for that rendering (outside the {@link AdmissionControl}, holding no
 * turn) and are served its result, or render the page themselves if it cannot be kept or
 * takes longer than {@code militancy.web.max-wait}. After a start or a change to the
 * data, a slow page is then rendered once, not by every client that asks for it.
 * <p>
 * The {@value #HEADER} header says {@code hit}, {@code stale}, {@code miss} or
 * {@code shared} (waited for another request's rendering). A kept page is served before
 * the {@link AdmissionControl}, without waiting for a turn.
 */
@Component
@Order(AdmissionControl.ORDER - 1)
class PageCache extends OncePerRequestFilter {

	static final String HEADER = "X-Page-Cache";

	/**
	 * Editors are served fresh pages: they read what they have just saved, with the
	 * message their save left for the next page, and their pages show the review queue.
	 */
	static final String EDITOR = "ROLE_EDITOR";

	private final ApplicationContext context;

	private final PropertyResolver properties;

	private volatile List<Route> routes = List.of();

	/**
	 * The request attribute holding the {@link Route} of a request whose page may be
	 * kept, for the layout to state its bound.
	 */
	static final String ROUTE = PageCache.class.getName() + ".ROUTE";

	private static final Log logger = LogFactory.getLog(PageCache.class);

	private final DataChanges changes;

	/**
	 * The last rendering of each page, with the version of the data it was rendered from:
	 * kept past changes (unlike a {@link DataCache}) so that it can be served, stale, for
	 * up to {@link #maxStalenessNanos} after the change that made it so.
	 */
	private final Cache<Key, Kept> pages;

	private final long maxStalenessNanos;

	private final LocaleResolver locales;

	private final ObjectProvider<SessionFragment> fragment;

	/** Renderings under way, by the key of the page they will keep and its version. */
	private final Map<Pending, CompletableFuture<Page>> renderings = new ConcurrentHashMap<>();

	private final AtomicInteger waiting = new AtomicInteger();

	/** How many requests were answered each way ({@value #HEADER}), for the metrics. */
	private final Map<String, LongAdder> answered = Map.of("hit", new LongAdder(), "stale", new LongAdder(), "shared",
			new LongAdder(), "miss", new LongAdder());

	private final long maxWaitNanos;

	PageCache(ApplicationContext context, Environment properties, DataChanges changes, LocaleResolver locales,
			ObjectProvider<SessionFragment> fragment, @Value("${militancy.page-cache.size:64MB}") DataSize size,
			@Value("${militancy.page-cache.max-staleness:5s}") Duration maxStaleness,
			@Value("${militancy.web.max-wait:10s}") Duration maxWait) {
		this.context = context;
		this.properties = properties;
		this.changes = changes;
		this.locales = locales;
		this.fragment = fragment;
		this.maxWaitNanos = maxWait.toNanos();
		this.maxStalenessNanos = Math.max(0, maxStaleness.toNanos());
		this.pages = Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.<Key, Kept>weigher(
					(key, kept) -> kept.page().body().length + 2 * (key.uri().length() + key.roles().length()) + 64)
			.build();
	}

	/**
	 * Forgets what can no longer be served: every page when stale pages are not served,
	 * else those out of date for longer than the bound (it frees memory; the version
	 * check on each request is what keeps pages correct).
	 */
	@EventListener
	void onDataChanged(DataChangedEvent event) {
		this.pages.asMap().values().removeIf((kept) -> kept.version() < event.version() && !servableStale(kept));
	}

	/**
	 * Reads which paths to keep from the handlers, once they are all mapped.
	 */
	@EventListener(ContextRefreshedEvent.class)
	void readPaths() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (isPageCached(handler) && answersGet(info)) {
					Route route = route(handler);
					patterns(info).forEach((pattern) -> routes.add(route.of(pattern)));
				}
			});
		}
		this.routes = List.copyOf(routes);
	}

	/**
	 * How long a handler's page may lag the data: its own {@link PageCached#lag()},
	 * refreshed at most every half of it, else the cache's bound, refreshed on the first
	 * request after a change.
	 */
	private Route route(HandlerMethod handler) {
		PageCached marked = handler.getMethodAnnotation(PageCached.class);
		if (marked == null) {
			marked = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PageCached.class);
		}
		if (marked == null || marked.lag().isEmpty()) {
			return new Route(null, this.maxStalenessNanos, 0);
		}
		Duration lag = DurationStyle.detectAndParse(this.properties.getRequiredProperty(marked.lag()));
		long nanos = Math.max(0, lag.toNanos());
		return new Route(null, nanos, nanos / 2);
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
		return this.routes.stream().map(Route::pattern).toList();
	}

	/** The route of a path whose pages are kept, or null. */
	Route routeOf(String path) {
		PathContainer container = PathContainer.parsePath(path);
		for (Route route : this.routes) {
			if (route.pattern().matches(container)) {
				return route;
			}
		}
		return null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || this.routes.isEmpty()) {
			return true;
		}
		Route route = routeOf(request.getRequestURI().substring(request.getContextPath().length()));
		if (route == null) {
			return true;
		}
		request.setAttribute(ROUTE, route);
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Route route = (Route) request.getAttribute(ROUTE);
		String roles = roles();
		if (!this.changes.isListening() || TransactionSynchronizationManager.isActualTransactionActive()
				|| roles.contains(EDITOR)) {
			chain.doFilter(request, response);
			return;
		}
		long version = this.changes.version();
		Key key = new Key(uri(request), this.locales.resolveLocale(request), roles);
		Pending pending = new Pending(version, key, route);
		Kept kept = this.pages.getIfPresent(key);
		if (kept != null && kept.version() == version) {
			serve(kept.page(), "hit", key, request, response);
			return;
		}
		if (kept != null && kept.version() < version && servableStale(kept)) {
			CompletableFuture<Page> mine = new CompletableFuture<>();
			boolean refresh = System.nanoTime() - kept.renderedAt() >= route.refreshAfterNanos()
					&& this.renderings.putIfAbsent(pending, mine) == null;
			serve(kept.page(), "stale", key, request, response);
			if (refresh) {
				// closing ends the answer (compressed or not): the client has it while
				// the fresh rendering is made, once, on this thread
				response.getOutputStream().close();
				refresh(pending, mine, request, response, chain);
			}
			return;
		}
		CompletableFuture<Page> mine = new CompletableFuture<>();
		CompletableFuture<Page> other = this.renderings.putIfAbsent(pending, mine);
		if (other != null) {
			Page page = await(other);
			if (page != null) {
				serve(page, "shared", key, request, response);
			}
			else {
				chain.doFilter(request, response);
			}
			return;
		}
		try {
			ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
			rendering.setHeader(HEADER, "miss");
			this.answered.get("miss").increment();
			chain.doFilter(request, rendering);
			Page rendered = keepable(request, rendering.getStatus(), rendering.getContentType(),
					rendering.containsHeader(HttpHeaders.SET_COOKIE))
							? Page.of(rendering.getContentAsByteArray(), rendering.getContentType()) : null;
			mine.complete((rendered != null && keep(pending, rendered, request)) ? rendered : null);
			rendering.copyBodyToResponse();
		}
		finally {
			// a failed or unkept rendering: whoever waits for it renders for itself
			mine.complete(null);
			this.renderings.remove(pending, mine);
		}
	}

	/**
	 * Renders a page again, after its stale copy was served, into a response of its own
	 * that the client never sees, and keeps it. Through the rest of the chain, so with a
	 * turn of the {@link AdmissionControl} like any rendering.
	 */
	private void refresh(Pending pending, CompletableFuture<Page> mine, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) {
		try {
			Detached rendering = new Detached(response);
			chain.doFilter(request, rendering);
			Page rendered = keepable(request, rendering.getStatus(), rendering.getContentType(), rendering.setsCookie())
					? Page.of(rendering.body(), rendering.getContentType()) : null;
			mine.complete((rendered != null && keep(pending, rendered, request)) ? rendered : null);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			logger.warn("Could not render " + pending.key().uri() + " again; its stale copy stays until "
					+ "the next request", ex);
		}
		finally {
			mine.complete(null);
			this.renderings.remove(pending, mine);
		}
	}

	/**
	 * Keeps a page rendered from the data at {@code version} (or the older version of a
	 * {@link LaggingCache lagging} value it shows), unless changes are not heard, or a
	 * rendering from a later version is kept already; when stale pages are not served,
	 * only if the data is still at that version. Says whether it was kept.
	 */
	private boolean keep(Pending pending, Page page, HttpServletRequest request) {
		if (!this.changes.isListening()
				|| (pending.route().staleNanos() == 0 && this.changes.version() != pending.version())) {
			return false;
		}
		long version = pending.version();
		if (request.getAttribute(LaggingCache.SERVED_VERSION) instanceof Long oldest && oldest < version) {
			version = oldest;
		}
		Kept mine = new Kept(version, page, System.nanoTime(), pending.route().staleNanos());
		return this.pages.asMap()
			.merge(pending.key(), mine,
					(kept, rendered) -> (rendered.version() >= kept.version()) ? rendered : kept) == mine;
	}

	/**
	 * Whether a page out of date may still be served: the change that made it so was
	 * heard no longer than the bound ago.
	 */
	private boolean servableStale(Kept kept) {
		return kept.staleNanos() > 0 && this.changes.sinceHeard(kept.version() + 1) <= kept.staleNanos();
	}

	/**
	 * How many requests the cache has answered {@code how}: {@code hit}, {@code stale},
	 * {@code shared} or {@code miss} (rendered, and kept if it could be).
	 */
	long answered(String how) {
		return this.answered.get(how).sum();
	}

	/** What the kept pages weigh, in bytes. */
	long keptBytes() {
		return this.pages.policy().eviction().map((eviction) -> eviction.weightedSize().orElse(0)).orElse(0L);
	}

	/** How many pages are kept. */
	long keptPages() {
		return this.pages.estimatedSize();
	}

	/** How long a page may be served after the change that made it out of date. */
	Duration maxStaleness() {
		return Duration.ofNanos(this.maxStalenessNanos);
	}

	private void serve(Page page, String how, Key key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		byte[] fragment = new byte[0];
		if (page.fragmentAt() >= 0) {
			SessionFragment sessionFragment = this.fragment.getObject();
			fragment = sessionFragment.html(request).getBytes(StandardCharsets.UTF_8);
		}
		response.setHeader(HEADER, how);
		this.answered.get(how).increment();
		response.setLocale(key.locale()); // Content-Language, as the rendering set it
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length + fragment.length);
		if (page.fragmentAt() < 0) {
			response.getOutputStream().write(page.body());
			return;
		}
		response.getOutputStream().write(page.body(), 0, page.fragmentAt());
		response.getOutputStream().write(fragment);
		response.getOutputStream().write(page.body(), page.fragmentAt(), page.body().length - page.fragmentAt());
	}

	/**
	 * The requester's roles, sorted: the {@code ROLE_} authorities of whoever is signed
	 * in, none for an anonymous reader. Other authorities (such as how they signed in) do
	 * not change what a page shows.
	 */
	private static String roles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return "";
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority != null && authority.startsWith("ROLE_"))
			.sorted()
			.distinct()
			.collect(Collectors.joining(","));
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

	/**
	 * Whether a rendering may be kept: a successful HTML answer that sets no cookie, and
	 * whose handler did not keep it out ({@link PageCached#NOT_KEPT}).
	 */
	private static boolean keepable(HttpServletRequest request, int status, String type, boolean setsCookie) {
		return status == HttpStatus.OK.value() && type != null && type.startsWith("text/html") && !setsCookie
				&& request.getAttribute(PageCached.NOT_KEPT) == null;
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

	/** What a page is kept under, whatever the version of the data it shows. */
	record Key(String uri, Locale locale, String roles) {
	}

	/** A rendering of a page from the data at a version. */
	record Pending(long version, Key key, Route route) {
	}

	/**
	 * A kept rendering, the version of the data it was rendered from, when it was kept
	 * (System.nanoTime) and how long it may be served after a change.
	 */
	record Kept(long version, Page page, long renderedAt, long staleNanos) {
	}

	/**
	 * The paths of a handler whose pages are kept: how long after a change a kept page
	 * may still be served, and how old a rendering must be before a request that finds it
	 * out of date renders it again.
	 */
	record Route(PathPattern pattern, long staleNanos, long refreshAfterNanos) {

		Route of(PathPattern pattern) {
			return new Route(pattern, this.staleNanos, this.refreshAfterNanos);
		}

		/** The bound in whole seconds, rounded up. */
		long lagSeconds() {
			return (this.staleNanos + 999_999_999L) / 1_000_000_000L;
		}

	}

	/**
	 * A kept page: its body without the session fragment, and where the fragment goes (-1
	 * when the page has none).
	 */
	record Page(byte[] body, String contentType, int fragmentAt) {

		private static final String START = SessionFragment.START;

		private static final String END = SessionFragment.END;

		/** What a CSRF token's hidden field starts with. */
		private static final String CSRF_FIELD = "name=\"_csrf\"";

		/**
		 * The page to keep of a rendering, without its session fragment; null if it holds
		 * more than one fragment, or a CSRF token outside it.
		 */
		static Page of(byte[] rendered, String contentType) {
			// ISO-8859-1 maps each byte to one char, so String.indexOf (an intrinsic)
			// finds
			// the markers' bytes; a page is searched whole on every rendering.
			String text = new String(rendered, StandardCharsets.ISO_8859_1);
			int start = text.indexOf(START);
			if (start < 0) {
				return (text.indexOf(CSRF_FIELD) < 0) ? new Page(rendered, contentType, -1) : null;
			}
			int end = text.indexOf(END, start);
			if (end < 0 || text.indexOf(START, end) >= 0) {
				return null;
			}
			end += END.length();
			if (text.lastIndexOf(CSRF_FIELD, start) >= 0 || text.indexOf(CSRF_FIELD, end) >= 0) {
				return null;
			}
			byte[] body = new byte[rendered.length - (end - start)];
			System.arraycopy(rendered, 0, body, 0, start);
			System.arraycopy(rendered, end, body, start, rendered.length - end);
			return new Page(body, contentType, start);
		}

	}

	/**
	 * A response that keeps everything written to it, status and headers included, and
	 * passes nothing on: the answer already sent stays as it was.
	 */
	static final class Detached extends HttpServletResponseWrapper {

		private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);

		private int status = SC_OK;

		private String contentType;

		private String characterEncoding;

		private Locale locale = Locale.getDefault();

		private boolean setsCookie;

		private ServletOutputStream stream;

		private PrintWriter writer;

		Detached(HttpServletResponse response) {
			super(response);
		}

		byte[] body() {
			if (this.writer != null) {
				this.writer.flush();
			}
			return this.body.toByteArray();
		}

		boolean setsCookie() {
			return this.setsCookie;
		}

		@Override
		public void setStatus(int status) {
			this.status = status;
		}

		@Override
		public int getStatus() {
			return this.status;
		}

		@Override
		public void sendError(int status) {
			this.status = status;
		}

		@Override
		public void sendError(int status, String message) {
			this.status = status;
		}

		@Override
		public void sendRedirect(String location) {
			this.status = SC_FOUND;
		}

		@Override
		public void addCookie(Cookie cookie) {
			this.setsCookie = true;
		}

		@Override
		public void setHeader(String name, String value) {
			header(name);
		}

		@Override
		public void addHeader(String name, String value) {
			header(name);
		}

		private void header(String name) {
			if (HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
				this.setsCookie = true;
			}
			else if (HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
				// not expected from a page; keep it unkeepable rather than guess
				this.contentType = null;
			}
		}

		@Override
		public boolean containsHeader(String name) {
			return HttpHeaders.SET_COOKIE.equalsIgnoreCase(name) && this.setsCookie;
		}

		@Override
		public String getHeader(String name) {
			return null;
		}

		@Override
		public java.util.Collection<String> getHeaders(String name) {
			return List.of();
		}

		@Override
		public java.util.Collection<String> getHeaderNames() {
			return List.of();
		}

		@Override
		public void setDateHeader(String name, long date) {
		}

		@Override
		public void addDateHeader(String name, long date) {
		}

		@Override
		public void setIntHeader(String name, int value) {
		}

		@Override
		public void addIntHeader(String name, int value) {
		}

		@Override
		public void setContentType(String type) {
			if (type == null) {
				this.contentType = null;
				return;
			}
			int charset = type.toLowerCase(Locale.ROOT).indexOf("charset=");
			if (charset >= 0) {
				this.characterEncoding = type.substring(charset + "charset=".length()).trim();
				type = type.substring(0, type.indexOf(';') >= 0 ? type.indexOf(';') : charset).trim();
			}
			this.contentType = type;
		}

		@Override
		public String getContentType() {
			if (this.contentType == null) {
				return null;
			}
			return (this.characterEncoding != null) ? this.contentType + ";charset=" + this.characterEncoding
					: this.contentType;
		}

		@Override
		public void setCharacterEncoding(String charset) {
			this.characterEncoding = charset;
		}

		@Override
		public String getCharacterEncoding() {
			return (this.characterEncoding != null) ? this.characterEncoding : StandardCharsets.ISO_8859_1.name();
		}

		@Override
		public void setLocale(Locale locale) {
			this.locale = locale;
		}

		@Override
		public Locale getLocale() {
			return this.locale;
		}

		@Override
		public void setContentLength(int length) {
		}

		@Override
		public void setContentLengthLong(long length) {
		}

		@Override
		public void setBufferSize(int size) {
		}

		@Override
		public int getBufferSize() {
			return this.body.size();
		}

		@Override
		public void flushBuffer() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		@Override
		public boolean isCommitted() {
			return false;
		}

		@Override
		public void reset() {
			resetBuffer();
			this.status = SC_OK;
			this.contentType = null;
			this.characterEncoding = null;
			this.setsCookie = false;
		}

		@Override
		public void resetBuffer() {
			if (this.writer != null) {
				this.writer.flush();
			}
			this.body.reset();
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {
					@Override
					public void write(int b) {
						Detached.this.body.write(b);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) {
						Detached.this.body.write(bytes, offset, length);
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						throw new IllegalStateException(
								"a detached response is written synchronously, never asynchronously");
					}
				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(
						new OutputStreamWriter(this.body, Charset.forName(getCharacterEncoding())), false);
			}
			return this.writer;
		}

	}

}

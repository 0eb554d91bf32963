package org.militancymonitor.account;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may request what. The rules are read top to bottom and the first that matches a
 * request decides; a request that no rule names is denied
 * ({@code anyRequest().denyAll()}), so that a new page stays closed until a rule here
 * opens it and a row of {@code AccessMatrixTests} says who may see it. To open a new
 * page, add its paths to the list of the least role that may use it: {@link #READ} (every
 * signed-in user, or anyone with {@code militancy.security.public-read}), {@link #EDITED}
 * (editors, and so admins) or the admin rule.
 * <p>
 * Pages redirect an anonymous visitor to the sign-in page and answer 403 with the error
 * page to a signed-in user without the role; {@code /api/**} answers 401 and 403 with
 * problem details instead. Every state change made with the session needs its CSRF token;
 * an API request may instead bring HTTP Basic credentials or an API token
 * ({@link HeaderCredentials}), which sign it in alone, with no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * What anyone may request: the sign-in page, assets (the map's public-domain
	 * boundaries among them), the probes and error pages.
	 */
	static final String[] OPEN = { "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/geo/**", "/favicon.ico",
			"/favicon.svg", "/api/ping", "/actuator/health", "/actuator/health/**" };

	/** The published pages and API reads (GET): every signed-in user (ANALYST and up). */
	static final String[] READ = { "/", "/groups/*", "/groups/*/stix.json", "/contested", "/graph", "/statements",
			"/statements/*", "/actors/*", "/incidents", "/incidents.csv", "/incidents.geojson", "/incidents/acled.csv",
			"/incidents/*", "/reports", "/reports/*", "/sources", "/sources/*", "/search", "/regions", "/regions/*",
			"/regions/*/*.csv", "/regions/*/map", "/api/graph", "/api/regions/*/map", "/*/*/history", "/sanctions",
			"/sanctions/entries", "/sanctions/entries/*", "/sanctions/imports", "/sanctions/imports/*", "/api/v1/**",
			"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**" };

	/**
	 * The API's writes (POST and PUT, EDITOR and up): incidents, their edits and review
	 * steps. Any other method under {@code /api/v1} is an editor's too, so that a method
	 * an endpoint lacks is answered 405 rather than opened to readers.
	 */
	static final String[] API_EDITED = { "/api/v1/incidents", "/api/v1/incidents/*", "/api/v1/incidents/*/*" };

	/** Every signed-in user's own pages: their API tokens. */
	static final String[] OWN = { "/account/**" };

	/**
	 * Entering and reviewing (EDITOR and up): forms at {@code /{kind}/new} and
	 * {@code /{kind}/{id}/edit}, and for a record's parts at
	 * {@code /{kind}/{id}/{part}/new} and {@code /{kind}/{id}/{part}/{partId}/edit}, the
	 * review queue, the UN list's upload ({@code /sanctions/imports/new}) and the links
	 * it proposed, the ACLED and STIX imports and the queue of actor names, and every
	 * POST under a feature's paths.
	 */
	static final String[] EDITED = { "/*/new", "/*/*/edit", "/*/*/*/new", "/*/*/*/*/edit", "/review", "/review/**",
			"/sanctions/imports/new", "/sanctions/matches", "/incidents/import", "/incidents/import/*",
			"/incidents/actor-names", "/stix/import", "/stix/import/*" };

	/**
	 * The features' paths a POST may change data under (EDITOR and up): the forms, a
	 * record's review steps and its retraction ({@code /{kind}/{id}/retract}, and
	 * {@code /groups/{slug}/{part}/{id}/retract} for a group's facts), a UN list's import
	 * and the decisions on the links it proposed.
	 */
	static final String[] EDITED_BY_POST = { "/groups/**", "/statements/**", "/actors/**", "/incidents/**",
			"/reports/**", "/sources/**", "/claims/**", "/sanctions/**" };

	static final String API = "/api/**";

	private static final String CSP = "Content-Security-Policy";

	/**
	 * Every response's Content-Security-Policy: nothing inline, nothing from elsewhere.
	 */
	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * The one style element the API's console (Swagger UI's bundle) writes into its page,
	 * allowed by its hash on the console's own pages alone; a new Swagger UI that writes
	 * another is refused, and {@code ApiConsoleTests} says so.
	 */
	static final String CONSOLE_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

	/** The paths that take an upload (a multipart body), from editors alone. */
	static final Set<String> UPLOADS = Set.of("/incidents/import", "/sanctions/imports", "/stix/import");

	/**
	 * Where a sign-in lands when no page was asked for first: managers on the regional
	 * summaries, to see where violence rose or fell.
	 */
	static final Map<Role, String> LANDING = Map.of(Role.MANAGER, "/regions");

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authentication,
			SessionRegistry sessions, JsonMapper json, RoleHierarchy roleHierarchy,
			@Value("${militancy.security.public-read:false}") boolean publicRead) throws Exception {
		ProblemResponses problems = new ProblemResponses(json);
		RequestMatcher api = HeaderCredentials.API;
		http.authenticationManager(authentication);
		http.securityContext((context) -> context.securityContextRepository(HeaderCredentials.repository()));
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(HeaderCredentials::present));
		http.httpBasic((basic) -> basic.authenticationEntryPoint(problems.unauthorized())
			.withObjectPostProcessor(new ObjectPostProcessor<BasicAuthenticationFilter>() {
				@Override
				public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
					BasicAuthenticationConverter basic = new BasicAuthenticationConverter();
					filter.setAuthenticationConverter(
							(request) -> HeaderCredentials.basicCounts(request) ? basic.convert(request) : null);
					return filter;
				}
			}));
		AuthenticationFilter bearer = new AuthenticationFilter(authentication, HeaderCredentials::bearer);
		bearer.setRequestMatcher(HeaderCredentials.API);
		bearer.setSuccessHandler((request, response, signedIn) -> {
		});
		bearer.setFailureHandler((request, response, ex) -> problems.unauthorized().commence(request, response, ex));
		http.addFilterBefore(bearer, BasicAuthenticationFilter.class);
		http.addFilterBefore(new MultipartGuard(UPLOADS, roleHierarchy, Role.EDITOR), CsrfFilter.class);
		http.authorizeHttpRequests((requests) -> authorize(requests, publicRead));
		RequestCache pages = pageRequests(api);
		http.requestCache((cache) -> cache.requestCache(pages));
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(new SignInSuccessHandler(LANDING, pages))
			.failureHandler(failureHandler()));
		// the sign-in page after signing out, whatever the request accepts (HTTP Basic's
		// default answers some requests 204 instead)
		SimpleUrlLogoutSuccessHandler signedOut = new SimpleUrlLogoutSuccessHandler();
		signedOut.setDefaultTargetUrl("/login?logout");
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessHandler(signedOut)
			.invalidateHttpSession(true)
			.clearAuthentication(true)
			.deleteCookies("JSESSIONID"));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
			.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredSessionStrategy(expired(problems, api))));
		// pages send an anonymous visitor to the sign-in page whatever the Accept header
		// says
		LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/login");
		http.exceptionHandling(
				(exceptions) -> exceptions.defaultAuthenticationEntryPointFor(problems.unauthorized(), api)
					.defaultAuthenticationEntryPointFor(signIn, AnyRequestMatcher.INSTANCE)
					.defaultAccessDeniedHandlerFor(problems.forbidden(), api));
		RequestMatcher console = PathPatternRequestMatcher.pathPattern("/swagger-ui/**");
		http.headers((headers) -> headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(console),
					new StaticHeadersWriter(CSP, POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(console,
					new StaticHeadersWriter(CSP,
							POLICY.replace("style-src 'self'", "style-src 'self' " + CONSOLE_STYLE))))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	private static void authorize(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			boolean publicRead) {
		requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
		requests.requestMatchers(OPEN).permitAll();
		requests.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
		// an operator's scraper signs in as an admin, with Basic or an API token
		requests.requestMatchers("/actuator/prometheus").hasRole(Role.ADMIN.name());
		requests.requestMatchers(OWN).hasRole(Role.ANALYST.name());
		requests.requestMatchers(EDITED).hasRole(Role.EDITOR.name());
		if (publicRead) {
			requests.requestMatchers(HttpMethod.GET, READ).permitAll();
			requests.requestMatchers(HttpMethod.HEAD, "/api/v1/**").permitAll();
		}
		else {
			requests.requestMatchers(HttpMethod.GET, READ).hasRole(Role.ANALYST.name());
			requests.requestMatchers(HttpMethod.HEAD, "/api/v1/**").hasRole(Role.ANALYST.name());
		}
		requests.requestMatchers(HttpMethod.POST, EDITED_BY_POST).hasRole(Role.EDITOR.name());
		requests.requestMatchers(HttpMethod.POST, API_EDITED).hasRole(Role.EDITOR.name());
		requests.requestMatchers(HttpMethod.PUT, API_EDITED).hasRole(Role.EDITOR.name());
		requests.requestMatchers("/api/v1/**").hasRole(Role.EDITOR.name());
		requests.anyRequest().denyAll();
	}

	/**
	 * A wrong password and an unknown username say the same; a pause says so. A sign-in
	 * that could not read the account is no wrong password: its failure goes on, and a
	 * database's is answered 503 ({@code system.DatabaseUnavailable}).
	 */
	private static AuthenticationFailureHandler failureHandler() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setDefaultFailureUrl("/login?error");
		failures.setExceptionMappings(Map.of(SignInThrottledException.class.getName(), "/login?throttled"));
		return (request, response, ex) -> {
			ProblemResponses.rethrowInternal(ex);
			failures.onAuthenticationFailure(request, response, ex);
		};
	}

	/**
	 * A session ended by an administrator (account disabled, roles changed): the next
	 * request signs in again.
	 */
	private static SessionInformationExpiredStrategy expired(ProblemResponses problems, RequestMatcher api) {
		return (event) -> {
			if (api.matches(event.getRequest())) {
				problems.write(event.getRequest(), event.getResponse(), HttpStatus.UNAUTHORIZED,
						"Your session has ended. Sign in again.");
			}
			else {
				redirect(event.getResponse(), event.getRequest().getContextPath() + "/login?expired");
			}
		};
	}

	/**
	 * Remembers the page an anonymous visitor asked for, to go there after signing in;
	 * not API calls or assets, which are no page to land on. Kept in a cookie rather than
	 * a session, so that anonymous requests leave nothing on the server (kept in
	 * sessions, a flood of them filled the heap: docs/benchmarks.md, "Sign-in cost").
	 */
	private static RequestCache pageRequests(RequestMatcher api) {
		CookieRequestCache cache = new CookieRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/**"),
				new NegatedRequestMatcher(new OrRequestMatcher(api, PathPatternRequestMatcher.pathPattern("/error"),
						PathPatternRequestMatcher.pathPattern("/favicon.*"),
						PathPatternRequestMatcher.pathPattern("/.well-known/**")))));
		cache.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		return new SameOriginRequestCache(cache);
	}

	private static void redirect(HttpServletResponse response, String location) throws IOException {
		response.sendRedirect(location);
	}

	/**
	 * No observation around each filter of the chain, nor around each authorization and
	 * authentication: nothing reads them, and on a page served from the page cache they
	 * cost more than the page (docs/benchmarks.md, "Sign-in cost"). The request's own
	 * observation ({@code http.server.requests}) stays.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	static RoleHierarchy roleHierarchy() {
		return new ReachableRoles(RoleHierarchyImpl.withDefaultRolePrefix()
			.role(Role.ADMIN.name())
			.implies(Role.EDITOR.name(), Role.MANAGER.name())
			.role(Role.EDITOR.name())
			.implies(Role.ANALYST.name())
			.role(Role.MANAGER.name())
			.implies(Role.ANALYST.name())
			.build());
	}

	@Bean
	PasswordEncoder passwordEncoder(@Value("${militancy.security.bcrypt-strength:10}") int strength) {
		// bcrypt, named in each hash ({bcrypt}$2a$10$...) so that a later encoder can
		// take
		// over; the strength is Spring Security's default unless a test lowers it
		return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
	}

	/**
	 * Usernames and passwords (the sign-in form, HTTP Basic), throttled; and API tokens.
	 */
	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService accounts, PasswordEncoder passwords,
			SignInThrottle throttle, ApiTokens tokens) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		return new ProviderManager(new ThrottledAuthenticationProvider(provider, throttle),
				new ApiTokenAuthenticationProvider(tokens, accounts));
	}

	/**
	 * The sessions of each user, to end a disabled user's: those of the shared store when
	 * sessions are kept in PostgreSQL ({@link JdbcSessions}), else this instance's own.
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> shared) {
		FindByIndexNameSessionRepository<? extends Session> store = shared.getIfAvailable();
		return (store != null) ? new SpringSessionBackedSessionRegistry<>(store) : new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends, so that it forgets it. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

}

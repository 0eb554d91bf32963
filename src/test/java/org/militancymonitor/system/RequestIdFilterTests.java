package org.militancymonitor.system;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdFilterTests {

	private final RequestIdFilter filter = new RequestIdFilter();

	@Test
	void shouldEchoASaneId() throws Exception {
		MockHttpServletResponse response = run("abc-123.X_y");
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("abc-123.X_y");
	}

	@Test
	void shouldReplaceAnInsaneId() throws Exception {
		MockHttpServletResponse response = run("bad id\r\nInjected: 1");
		assertThat(response.getHeader(RequestIdFilter.HEADER)).isNotBlank().doesNotContain(" ");
		assertThat(run("x".repeat(65)).getHeader(RequestIdFilter.HEADER)).hasSizeLessThanOrEqualTo(64);
	}

	@Test
	void shouldSetTheIdInTheMdcDuringTheRequestOnly() throws Exception {
		AtomicReference<String> seen = new AtomicReference<>();
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(RequestIdFilter.HEADER, "req-1");
		this.filter.doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
				}, (req, res, chain) -> seen.set(MDC.get(RequestIdFilter.MDC_KEY))));
		assertThat(seen.get()).isEqualTo("req-1");
		assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
	}

	private MockHttpServletResponse run(String id) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(RequestIdFilter.HEADER, id);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

}

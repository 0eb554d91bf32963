package org.militancymonitor.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.util.UrlPathHelper;

/**
 * A request cache that forgets a saved page on another scheme, host or port than the
 * request's: the page is saved in a cookie, which a client can set to anything, and
 * signing in must not send anyone to another site.
 */
class SameOriginRequestCache implements RequestCache {

	private final RequestCache delegate;

	SameOriginRequestCache(RequestCache delegate) {
		this.delegate = delegate;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		this.delegate.saveRequest(request, response);
	}

	@Override
	public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.delegate.getRequest(request, response);
		if (saved != null && !sameOrigin(saved.getRedirectUrl(), request)) {
			this.delegate.removeRequest(request, response);
			return null;
		}
		return saved;
	}

	@Override
	public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		return (getRequest(request, response) != null) ? this.delegate.getMatchingRequest(request, response) : null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		this.delegate.removeRequest(request, response);
	}

	private static boolean sameOrigin(String url, HttpServletRequest request) {
		try {
			URI saved = URI.create(url);
			String path = saved.getRawPath();
			String context = new UrlPathHelper().getContextPath(request);
			return request.getScheme().equalsIgnoreCase(saved.getScheme())
					&& request.getServerName().equalsIgnoreCase(saved.getHost())
					&& request.getServerPort() == port(saved) && path != null && path.startsWith(context + "/")
					&& !path.startsWith("//");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static int port(URI uri) {
		if (uri.getPort() >= 0) {
			return uri.getPort();
		}
		return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
	}

}

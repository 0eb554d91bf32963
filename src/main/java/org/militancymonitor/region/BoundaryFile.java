package org.militancymonitor.region;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The map's bundled boundaries ({@code static/geo}, provenance in the README there):
 * served from the gzip copy beside each file when the browser accepts it, under a URL
 * with a hash of the content, so that browsers keep it for a year and never an old copy.
 * No brotli copy: Spring serves the first coding the browser lists that it has, and
 * browsers list gzip first.
 */
@Component
public class BoundaryFile implements WebMvcConfigurer {

	static final String PATH = "/geo/pk-af-boundaries.geojson";

	private final ObjectProvider<ResourceUrlProvider> urls;

	private volatile String url;

	/**
	 * The URL provider is looked up when first needed: it is made from the
	 * WebMvcConfigurers, this among them.
	 */
	BoundaryFile(ObjectProvider<ResourceUrlProvider> urls) {
		this.urls = urls;
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/geo/**")
			.addResourceLocations("classpath:/static/geo/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(gzip())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	private static EncodedResourceResolver gzip() {
		EncodedResourceResolver gzip = new EncodedResourceResolver();
		gzip.setContentCodings(List.of("gzip"));
		return gzip;
	}

	/**
	 * The boundaries' URL with its content hash (without the context path), found once
	 * the resource handlers exist.
	 */
	public String url() {
		String url = this.url;
		if (url == null) {
			url = this.urls.getObject().getForLookupPath(PATH);
			if (url == null) {
				throw new IllegalStateException("No resource handler serves " + PATH);
			}
			this.url = url;
		}
		return url;
	}

}

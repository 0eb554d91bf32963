package org.militancymonitor.system;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresSpringBootTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Static files without Boot's resource chain: no filter sends every link a page renders
 * through the resource resolvers (each a miss searched in the jar, many a page), while
 * the WebJars the layout loads are still served at their versioned URLs.
 */
@PostgresSpringBootTest
class StaticResourcesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Assets assets;

	@Autowired
	MockMvc mvc;

	@Test
	void shouldRenderLinksWithoutTheResourceUrlFilter() {
		assertThat(this.context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
	}

	@Test
	void shouldServeTheLayoutsWebJarsAtTheirVersionedUrls() throws Exception {
		for (String url : new String[] { this.assets.getBootstrapCss(), this.assets.getBootstrapJs(),
				this.assets.getChartJs(), this.assets.getLeafletJs(), this.assets.getLeafletCss(),
				this.assets.getVisNetworkJs(), this.assets.getVisNetworkCss() }) {
			this.mvc.perform(get(url)).andExpect(status().isOk());
		}
	}

}

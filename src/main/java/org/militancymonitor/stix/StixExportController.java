package org.militancymonitor.stix;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.NotFoundException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A group's STIX 2.1 bundle, linked from its profile: written straight to the response as
 * it is read (see {@link StixExport}). An unknown or retracted group is the 404 page.
 */
@Controller
class StixExportController {

	private final StixExport export;

	StixExportController(StixExport export) {
		this.export = export;
	}

	@GetMapping("/groups/{slug}/stix.json")
	void export(@PathVariable String slug, HttpServletResponse response) throws IOException {
		StixExport.Group group = this.export.group(slug).orElseThrow(() -> new NotFoundException("group", slug));
		response.setContentType(StixFormat.MEDIA_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(group.slug() + "-stix.json").build().toString());
		this.export.write(group, response.getOutputStream(),
				ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
	}

}

package org.militancymonitor.stix;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The STIX 2.1 import's upload page and each import's page (editors and administrators).
 * A bundle is read whole into memory, so it is limited to {@link #MAX_BYTES}; one that is
 * too large, not JSON, not a bundle or not STIX 2.1 is answered 4xx on the form with what
 * is wrong, and nothing is imported.
 */
@Controller
class StixImportController {

	static final String FORM = "stix/stixImport";

	static final String REPORT = "stix/stixImportReport";

	/** The largest bundle the import reads. */
	static final int MAX_BYTES = 10 * 1024 * 1024;

	static final int RECENT = 20;

	private final StixImports imports;

	StixImportController(StixImports imports) {
		this.imports = imports;
	}

	@GetMapping("/stix/import")
	String showForm(Model model) {
		return form(model, null, null);
	}

	@PostMapping("/stix/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model,
			HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, "stixImport.file.required", null);
		}
		if (file.getSize() > MAX_BYTES) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return form(model, "stixImport.file.tooLarge", new Object[] { MAX_BYTES / (1024 * 1024) });
		}
		byte[] bytes;
		try (InputStream in = file.getInputStream()) {
			bytes = in.readNBytes(MAX_BYTES + 1);
		}
		if (bytes.length > MAX_BYTES) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return form(model, "stixImport.file.tooLarge", new Object[] { MAX_BYTES / (1024 * 1024) });
		}
		StixImports.Outcome outcome;
		try {
			outcome = this.imports.importBundle(bytes, fileName(file), principal.getName());
		}
		catch (StixImports.RefusedException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, ex.code(), ex.args());
		}
		redirect.addFlashAttribute("message", outcome.repeated() ? "stixImport.repeated" : "stixImport.done");
		return "redirect:/stix/import/" + outcome.id();
	}

	@GetMapping("/stix/import/{id}")
	String showReport(@PathVariable long id, Model model) {
		model.addAttribute("report", this.imports.find(id).orElseThrow(() -> new NotFoundException("import", id)));
		return REPORT;
	}

	private String form(Model model, String error, Object[] args) {
		model.addAttribute("imports", this.imports.recent(RECENT));
		model.addAttribute("uploadError", error);
		model.addAttribute("uploadErrorArgs", (args != null) ? args : new Object[0]);
		return FORM;
	}

	/** The upload's own name, without any path, or a name of its own. */
	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name != null) {
			name = name.replace('\\', '/');
			name = name.substring(name.lastIndexOf('/') + 1).strip();
			name = name.replaceAll("\\p{Cntrl}", "");
		}
		if (name == null || name.isBlank()) {
			return "bundle.json";
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

}

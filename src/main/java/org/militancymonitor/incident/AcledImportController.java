package org.militancymonitor.incident;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.FormTokens;
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
 * The ACLED import's pages, for editors: the upload form with the latest imports, and
 * each import's report (how far it got, its counts, and every problem by line and
 * column). An upload is kept in a file of its own and imported on the import's thread
 * ({@link AcledImportRunner}); its page says how far it is. Only an administrator may
 * import a file as published.
 */
@Controller
class AcledImportController {

	static final String FORM = "incidents/acledImport";

	static final String REPORT = "incidents/acledImportReport";

	/** Imports the upload page lists. */
	static final int RECENT = 20;

	private final AcledImports imports;

	private final AcledImportRunner runner;

	private final AcledActorNameRepository names;

	AcledImportController(AcledImports imports, AcledImportRunner runner, AcledActorNameRepository names) {
		this.imports = imports;
		this.runner = runner;
		this.names = names;
	}

	@GetMapping("/incidents/import")
	String showForm(Model model, HttpServletRequest request) {
		return form(model, request, null);
	}

	@PostMapping("/incidents/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "published", defaultValue = "false") boolean published,
			@RequestParam(name = "formToken", required = false) String token, Principal principal, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
		if (published && !request.isUserInRole("ADMIN")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, request, "acledImport.published.adminOnly");
		}
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, request, "acledImport.file.required");
		}
		String name = fileName(file);
		Path copy = Files.createTempFile("acled-import-", ".csv");
		try {
			file.transferTo(copy);
			AcledImports.Started started = this.imports.start(token, name, principal.getName(), published);
			if (started.id() == null) {
				Files.deleteIfExists(copy);
				redirect.addFlashAttribute("message", "form.alreadySaved");
				return "redirect:" + started.url();
			}
			if (!this.runner.submit(started.id(), copy)) {
				Files.deleteIfExists(copy);
				this.imports.refuse(started.id(), "too many imports were waiting");
				response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return form(model, request, "acledImport.busy");
			}
			copy = null;
			redirect.addFlashAttribute("message", "acledImport.started");
			return "redirect:" + started.url();
		}
		finally {
			if (copy != null) {
				Files.deleteIfExists(copy);
			}
		}
	}

	@GetMapping("/incidents/import/{id}")
	String showReport(@PathVariable long id, Model model) {
		model.addAttribute("report", this.imports.find(id).orElseThrow(() -> new NotFoundException("import", id)));
		model.addAttribute("problems", this.imports.problems(id));
		model.addAttribute("pendingNames", this.names.countPending());
		return REPORT;
	}

	private String form(Model model, HttpServletRequest request, String error) {
		model.addAttribute("formToken", FormTokens.newToken());
		model.addAttribute("mayPublish", request.isUserInRole("ADMIN"));
		model.addAttribute("imports", this.imports.recent(RECENT));
		model.addAttribute("pendingNames", this.names.countPending());
		model.addAttribute("uploadError", error);
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
			return "upload.csv";
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

}

package org.militancymonitor.sanctions;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.militancymonitor.system.FormTokens;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The upload of a UN list by an editor: the file is read and checked whole before
 * anything is written, then imported in one transaction; a refused file is answered 400
 * with why, and nothing of it is kept. The form's one-time token makes a second
 * submission of the same form (a double click) land on the first one's result. A file
 * above {@code militancy.sanctions.max-file-size} is answered 413 with the error page
 * {@code error/413}, as Tomcat answers one above the uploads' multipart limit.
 */
@Controller
class SanctionsImportController {

	static final String VIEW = "sanctions/importForm";

	private final UnListImport imports;

	private final MessageSource messages;

	private final DataSize maxFileSize;

	SanctionsImportController(UnListImport imports, MessageSource messages,
			@Value("${militancy.sanctions.max-file-size:10MB}") DataSize maxFileSize) {
		this.imports = imports;
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	@GetMapping("/sanctions/imports/new")
	String initImportForm(Model model) {
		return form(model, FormTokens.newToken(), null);
	}

	@PostMapping("/sanctions/imports")
	String processImportForm(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "formToken", required = false) String formToken, Principal principal, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, formToken,
					this.messages.getMessage("sanctions.import.noFile", null, LocaleContextHolder.getLocale()));
		}
		if (file.getSize() > this.maxFileSize.toBytes()) {
			// within the uploads' limit (the ACLED import's), above the list's own
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return "error/413";
		}
		UnList list;
		try (InputStream in = file.getInputStream()) {
			list = UnListParser.parse(in);
		}
		catch (UnListRefusal refusal) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, formToken, refusal.describe(this.messages));
		}
		UnListImport.Outcome outcome = this.imports.run(list, fileName(file), principal.getName(), formToken);
		if (outcome.kind() == UnListImport.Kind.EARLIER_SUBMISSION) {
			return "redirect:" + outcome.earlierResult();
		}
		redirect.addFlashAttribute("message", "sanctions.import.done." + outcome.kind().name());
		return "redirect:/sanctions/imports/" + outcome.importId();
	}

	/** The form's model: its one-time token, why it was refused if it was, the limit. */
	private String form(Model model, String formToken, String refusal) {
		model.addAttribute("formToken", formToken);
		model.addAttribute("refusal", refusal);
		model.addAttribute("maxFileSize", this.maxFileSize.toMegabytes());
		return VIEW;
	}

	/**
	 * The name the upload gives its file, without a path, control characters or more than
	 * the log keeps; "upload.xml" when it gives none.
	 */
	static String fileName(MultipartFile file) {
		String name = StringUtils.getFilename(StringUtils.cleanPath(String.valueOf(file.getOriginalFilename())));
		name = (name != null) ? name.replaceAll("\\p{Cntrl}", "").strip() : "";
		if (name.isEmpty() || "null".equals(name)) {
			return "upload.xml";
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

}

package org.militancymonitor.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.militancymonitor.system.FormTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own API tokens: the list (never a token itself), a form that makes
 * one and shows it this once, and a revocation for each. Every role has the page; an
 * account sees and revokes its own tokens only.
 */
@Controller
class ApiTokenController {

	static final String VIEW = "account/apiTokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@InitBinder("tokenForm")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("name", "formToken");
	}

	@GetMapping("/account/tokens")
	String showTokens(Principal principal, Model model) {
		TokenForm form = new TokenForm();
		form.setFormToken(FormTokens.newToken());
		model.addAttribute("tokenForm", form);
		model.addAttribute("tokens", this.tokens.of(principal.getName()));
		return VIEW;
	}

	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute("tokenForm") TokenForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				ApiTokens.Issued issued = this.tokens.create(principal.getName(), form.getName(), form.getFormToken());
				redirect.addFlashAttribute("message", issued.repeated() ? "form.alreadySaved" : "token.created");
				if (!issued.repeated()) {
					// shown once, on the page after the redirect, and kept nowhere
					redirect.addFlashAttribute("newToken", issued.token());
				}
				return "redirect:/account/tokens";
			}
			catch (AccountRefusal refusal) {
				result.rejectValue(refusal.field(), refusal.code());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("tokens", this.tokens.of(principal.getName()));
		return VIEW;
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		boolean revoked = this.tokens.revoke(principal.getName(), id);
		redirect.addFlashAttribute("message", revoked ? "token.revoked" : "token.notRevoked");
		return "redirect:/account/tokens";
	}

	/** The form that makes a token: what its owner calls it. */
	public static class TokenForm {

		@NotBlank(message = "{form.required}")
		@Size(max = 100, message = "{form.size}")
		private String name;

		private String formToken;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getFormToken() {
			return this.formToken;
		}

		public void setFormToken(String formToken) {
			this.formToken = formToken;
		}

	}

}

package org.militancymonitor.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.militancymonitor.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * The administrators' account pages: the list, a new account, and an account's roles and
 * whether it is enabled.
 */
@Controller
class AccountAdminController {

	private static final String FORM = "admin/userForm";

	private static final String EDIT = "admin/userEdit";

	private final AccountRepository accounts;

	private final AccountService service;

	AccountAdminController(AccountRepository accounts, AccountService service) {
		this.accounts = accounts;
		this.service = service;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String showAccounts(Model model) {
		model.addAttribute("accounts", this.accounts.findAllByOrderByUsername());
		return "admin/userList";
	}

	@GetMapping("/admin/users/new")
	String initCreationForm(Model model) {
		model.addAttribute("account", new NewAccountForm());
		return FORM;
	}

	@PostMapping("/admin/users/new")
	String processCreationForm(@Valid @ModelAttribute("account") NewAccountForm form, BindingResult result,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!result.hasErrors()) {
			try {
				Account created = this.service.create(form.getUsername(), form.getDisplayName(), form.getPassword(),
						form.getRoles());
				redirect.addFlashAttribute("message", "admin.users.created.flash");
				redirect.addFlashAttribute("messageArgument", created.getUsername());
				return "redirect:/admin/users";
			}
			catch (AccountRefusal refusal) {
				result.rejectValue(refusal.field(), refusal.code());
			}
		}
		form.setPassword(null);
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return FORM;
	}

	@GetMapping("/admin/users/{id}")
	String initUpdateForm(@PathVariable long id, Model model) {
		Account account = find(id);
		model.addAttribute("target", account);
		model.addAttribute("account", AccountChangeForm.of(account));
		return EDIT;
	}

	@PostMapping("/admin/users/{id}")
	String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("account") AccountChangeForm form,
			BindingResult result, Principal principal, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Account account = find(id);
		model.addAttribute("target", account);
		if (result.hasErrors()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return EDIT;
		}
		try {
			Account saved = this.service.change(id, form.getVersion(), form.getRoles(), form.isEnabled(),
					principal.getName());
			redirect.addFlashAttribute("message", "admin.users.saved.flash");
			redirect.addFlashAttribute("messageArgument", saved.getUsername());
			return "redirect:/admin/users";
		}
		catch (AccountRefusal refusal) {
			if (refusal.field() != null) {
				result.rejectValue(refusal.field(), refusal.code());
			}
			else {
				result.reject(refusal.code());
			}
			boolean stale = "account.version".equals(refusal.code());
			if (stale) {
				staleForm(form, id, model);
			}
			response.setStatus(stale ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			result.reject("account.version");
			staleForm(form, id, model);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
		}
		return EDIT;
	}

	/**
	 * Shows the account as it is now beside the values entered, which a second save then
	 * applies to this version knowingly.
	 */
	private void staleForm(AccountChangeForm form, long id, Model model) {
		Account current = find(id);
		model.addAttribute("target", current);
		form.setVersion(current.getVersion());
	}

	private Account find(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
	}

}

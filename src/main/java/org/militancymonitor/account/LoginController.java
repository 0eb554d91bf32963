package org.militancymonitor.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. Spring Security handles its POST (checking the password, the throttle
 * and the CSRF token) and the POST to {@code /logout}; this page only says what happened:
 * a wrong username or password, too many attempts, signed out, or a session ended.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String showLoginForm(@RequestParam(required = false) String error, @RequestParam(required = false) String throttled,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String expired,
			Model model) {
		String problem = (throttled != null) ? "login.throttled" : (error != null) ? "login.error" : null;
		String notice = (logout != null) ? "login.loggedOut" : (expired != null) ? "login.expired" : null;
		model.addAttribute("problem", problem);
		model.addAttribute("notice", notice);
		return "account/login";
	}

}

package org.militancymonitor.review;

import java.security.Principal;

import org.militancymonitor.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue: submitted drafts and pending revisions of every kind, and the page of
 * a pending revision with its per-field diff, approved or rejected by a second person.
 */
@Controller
class ReviewController {

	private final ReviewQueue queue;

	ReviewController(ReviewQueue queue) {
		this.queue = queue;
	}

	@GetMapping("/review")
	String showQueue(Model model) {
		model.addAttribute("submitted", this.queue.submitted());
		model.addAttribute("revisions", this.queue.pendingRevisions());
		model.addAttribute("drafts", this.queue.drafts());
		return "review/reviewQueue";
	}

	@GetMapping("/review/revisions/{id}")
	String showRevision(@PathVariable long id, Model model) {
		model.addAttribute("view", this.queue.revision(id).orElseThrow(() -> new NotFoundException("revision", id)));
		return "review/revisionDetails";
	}

	@PostMapping("/review/revisions/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, Principal principal, RedirectAttributes redirect) {
		ReviewItem record = this.queue.approve(id, version, principal.getName());
		redirect.addFlashAttribute("message", "review.revisionApproved");
		return "redirect:" + record.url();
	}

	@PostMapping("/review/revisions/{id}/submit")
	String submit(@PathVariable long id, @RequestParam int version, Principal principal, RedirectAttributes redirect) {
		this.queue.submit(id, version, principal.getName());
		redirect.addFlashAttribute("message", "review.revisionSubmitted");
		return "redirect:/review/revisions/" + id;
	}

	@PostMapping("/review/revisions/{id}/reject")
	String reject(@PathVariable long id, @RequestParam int version,
			@RequestParam(name = "note", required = false) String note, Principal principal,
			RedirectAttributes redirect) {
		this.queue.reject(id, version, principal.getName(), note);
		redirect.addFlashAttribute("message", "review.revisionRejected");
		return "redirect:/review";
	}

}

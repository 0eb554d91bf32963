package org.militancymonitor.incident;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.militancymonitor.audit.Changes;
import org.militancymonitor.claim.Claim;
import org.militancymonitor.claim.ClaimLines;
import org.militancymonitor.claim.Parties;
import org.militancymonitor.claim.Party;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.review.PendingRevision;
import org.militancymonitor.review.PendingRevisionRepository;
import org.militancymonitor.review.ReviewException;
import org.militancymonitor.review.ReviewStatus;
import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/**
 * Saves what editors enter for incidents, each save one transaction with its form token,
 * its claims and parties: a new draft, an edit of a draft in place, an edit of a
 * published incident as a pending revision, and the review steps. A form made from an
 * older version of the incident than the one saved meanwhile is a conflict, never an
 * overwrite.
 */
@Service
class IncidentEditor {

	static final String KIND = "incident";

	private final IncidentRepository incidents;

	private final ClaimLines claimLines;

	private final Parties parties;

	private final RegionDirectory regions;

	private final FormTokens tokens;

	private final PendingRevisionRepository revisions;

	private final JsonMapper json;

	private final Changes changes;

	IncidentEditor(IncidentRepository incidents, ClaimLines claimLines, Parties parties, RegionDirectory regions,
			FormTokens tokens, PendingRevisionRepository revisions, JsonMapper json, Changes changes) {
		this.changes = changes;
		this.incidents = incidents;
		this.claimLines = claimLines;
		this.parties = parties;
		this.regions = regions;
		this.tokens = tokens;
		this.revisions = revisions;
		this.json = json;
	}

	/** What became of a submitted form. */
	sealed interface Outcome {

	}

	/** Saved (or saved before, by an earlier POST of the same form); its page. */
	record Saved(String url, boolean repeated, boolean pending) implements Outcome {
	}

	/** Refused with field errors; nothing was saved. */
	record Invalid() implements Outcome {
	}

	/** Made from an older version than the incident's: the incident as it is now. */
	record Conflict(IncidentForm current) implements Outcome {
	}

	@Transactional
	Outcome create(IncidentForm form, Errors errors, String editor) {
		Optional<String> earlier = this.tokens.take(form.getFormToken(), editor);
		if (earlier.isPresent()) {
			return new Saved(earlier.get(), true, false);
		}
		Incident incident = Incident.draftBy(editor);
		if (!apply(form, incident, errors)) {
			return invalid();
		}
		this.changes.because(reason(form, "entered as a draft"), () -> this.incidents.saveAndFlush(incident));
		String url = url(incident.getId());
		this.tokens.complete(form.getFormToken(), url);
		return new Saved(url, false, false);
	}

	/**
	 * Saves an edit: in place for a draft, as a pending revision for a published
	 * incident. An edit from an older version is a conflict; a save that races another
	 * from the same version fails with an optimistic locking failure when it commits.
	 */
	@Transactional
	Outcome update(long id, IncidentForm form, Errors errors, String editor) {
		Optional<String> earlier = this.tokens.take(form.getFormToken(), editor);
		if (earlier.isPresent()) {
			return new Saved(earlier.get(), true, false);
		}
		Incident incident = this.incidents.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
		if (incident.getVersion() != form.getVersion()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return new Conflict(formOf(incident));
		}
		if (incident.getStatus() == ReviewStatus.RETRACTED) {
			throw new ReviewException("review.refused.editRetracted", "incident " + id);
		}
		if (incident.getStatus() == ReviewStatus.PUBLISHED) {
			return holdAsRevision(incident, form, errors, editor);
		}
		incident.edit(editor);
		if (!apply(form, incident, errors)) {
			return invalid();
		}
		// Flushed, not saved: the incident is managed, and merging it would copy its new
		// claims rather than persist them.
		this.changes.because(reason(form, "edited the draft"), this.incidents::flush);
		String url = url(id);
		this.tokens.complete(form.getFormToken(), url);
		return new Saved(url, false, false);
	}

	private Outcome holdAsRevision(Incident incident, IncidentForm form, Errors errors, String editor) {
		if (form.getReason() == null || form.getReason().isBlank()) {
			errors.rejectValue("reason", "incident.reason.required");
		}
		// Checked as a draft would be, on a copy: the published incident stays as it is.
		if (!apply(form, Incident.draftBy(editor), errors)) {
			return invalid();
		}
		String token = form.getFormToken();
		form.setFormToken(null);
		form.dropBlankLines();
		this.revisions.save(new PendingRevision(KIND, incident.getId(), incident.getVersion(),
				this.json.writeValueAsString(form), form.getReason(), editor));
		String url = url(incident.getId());
		this.tokens.complete(token, url);
		return new Saved(url, false, true);
	}

	/** Applies an approved revision to the published incident it was made from. */
	void applyRevision(PendingRevision revision) {
		Incident incident = this.incidents.findById(revision.getRecordId())
			.orElseThrow(() -> new NotFoundException(KIND, revision.getRecordId()));
		incident.applyRevision();
		IncidentForm form = this.json.readValue(revision.getPayload(), IncidentForm.class);
		Errors errors = new BeanPropertyBindingResult(form, "form");
		if (!apply(form, incident, errors)) {
			throw new ReviewException("review.refused.revisionInvalid", errors.getAllErrors().toString());
		}
		this.changes.because(
				"approved revision " + revision.getId() + " by " + revision.getEditor() + ": " + revision.getReason(),
				this.incidents::flush);
	}

	@Transactional
	String submit(long id, int version, String editor) {
		this.changes.because("submitted for review", () -> current(id, version).submit(editor));
		return url(id);
	}

	@Transactional
	String publish(long id, int version, String reviewer) {
		this.changes.because("published after review", () -> current(id, version).publish(reviewer));
		return url(id);
	}

	@Transactional
	String sendBack(long id, int version, String reviewer) {
		this.changes.because("sent back to draft", () -> current(id, version).sendBack(reviewer));
		return url(id);
	}

	@Transactional
	String retract(long id, int version, String reviewer, String reason) {
		this.changes.because("retracted: " + ((reason != null && !reason.isBlank()) ? reason.strip() : "no reason"),
				() -> current(id, version).retract(reviewer, reason));
		return url(id);
	}

	/** The form of the incident as it is now. */
	@Transactional(readOnly = true)
	Optional<IncidentForm> form(long id) {
		return this.incidents.findById(id).map(this::formOf);
	}

	private IncidentForm formOf(Incident incident) {
		return IncidentForm.of(incident, this.incidents.findActors(incident.getId()),
				this.incidents.findClaims(incident.getId()), this.regions);
	}

	private Incident current(long id, int version) {
		Incident incident = this.incidents.findById(id).orElseThrow(() -> new NotFoundException(KIND, id));
		if (incident.getVersion() != version) {
			throw new ReviewException("review.refused.raced", "incident " + id + " changed meanwhile");
		}
		return incident;
	}

	private static String reason(IncidentForm form, String otherwise) {
		return (form.getReason() != null && !form.getReason().isBlank()) ? form.getReason().strip() : otherwise;
	}

	private static Outcome invalid() {
		TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
		return new Invalid();
	}

	static String url(long id) {
		return "/incidents/" + id;
	}

	/**
	 * Resolves the form's regions, parties and claims and sets them on the incident;
	 * false, with field errors and the incident left as it was, when any is wrong.
	 */
	private boolean apply(IncidentForm form, Incident incident, Errors errors) {
		form.validate(errors);
		RegionOption country = region(form.getCountry(), RegionLevel.COUNTRY, "country", errors);
		RegionOption province = region(form.getProvince(), RegionLevel.ADMIN1, "province", errors);
		RegionOption district = region(form.getDistrict(), RegionLevel.ADMIN2, "district", errors);
		if (district != null && province != null && !province.slug().equals(district.parentSlug())) {
			errors.rejectValue("district", "incident.district.notInProvince");
		}
		if (district != null && province == null) {
			province = this.regions.find(district.parentSlug()).orElse(null);
		}
		if (province != null && country != null && !country.slug().equals(province.parentSlug())) {
			errors.rejectValue("province", "incident.province.notInCountry");
		}
		if (province != null && country == null) {
			country = this.regions.find(province.parentSlug()).orElse(null);
		}
		List<IncidentActor> actors = actors(form.getActors(), errors);
		List<Claim> claims = this.claimLines.resolve(form.getClaims(), "claims", errors);
		if (errors.hasErrors()) {
			return false;
		}
		incident.setOccurred((form.getDatePrecision() == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(form.getOccurredOn(), form.getDatePrecision()));
		incident.setDateAsStated(trim(form.getDateAsStated()));
		incident.setRegions(id(country), id(province), id(district));
		incident.setPlace(trim(form.getPlaceName()), form.getLatitude(), form.getLongitude(),
				form.getLocationPrecision());
		incident.setEvent(form.getEventType(), form.getSubEventType(), form.isCrossBorder());
		incident.setCasualties(form.getFatalitiesLow(), form.getFatalitiesBest(), form.getFatalitiesHigh(),
				form.getInjured());
		incident.setSummary(form.getSummary().strip());
		incident.replaceActors(actors);
		incident.replaceClaims(claims);
		return true;
	}

	private List<IncidentActor> actors(List<ActorLine> lines, Errors errors) {
		List<IncidentActor> actors = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			ActorLine line = lines.get(i);
			if (line == null || line.isEmpty()) {
				continue;
			}
			String at = "actors[" + i + "].";
			if (line.getRole() == null && !errors.hasFieldErrors(at + "role")) {
				errors.rejectValue(at + "role", "incident.actor.role.required");
			}
			if (errors.hasFieldErrors(at + "party")) {
				continue;
			}
			List<Party> found = this.parties.find(line.getParty(), Set.of(Party.Kind.GROUP, Party.Kind.ACTOR));
			if (found.size() != 1) {
				errors.rejectValue(at + "party",
						(line.getParty() == null || line.getParty().isBlank()) ? "incident.actor.party.required"
								: found.isEmpty() ? "incident.actor.party.unknown" : "incident.actor.party.ambiguous");
				continue;
			}
			if (line.getRole() != null) {
				Party party = found.get(0);
				String description = trim(line.getDescription());
				actors.add((party.kind() == Party.Kind.GROUP)
						? IncidentActor.group(party.id(), line.getRole(), line.isAttributionUncertain(), description)
						: IncidentActor.actor(party.id(), line.getRole(), line.isAttributionUncertain(), description));
			}
		}
		return actors;
	}

	private RegionOption region(String slug, RegionLevel level, String field, Errors errors) {
		if (slug == null || slug.isBlank() || errors.hasFieldErrors(field)) {
			return null;
		}
		RegionOption region = this.regions.find(slug.strip()).filter((r) -> r.level() == level).orElse(null);
		if (region == null) {
			errors.rejectValue(field, "incident.region.unknown");
		}
		return region;
	}

	private static Long id(RegionOption region) {
		return (region != null) ? region.id() : null;
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}

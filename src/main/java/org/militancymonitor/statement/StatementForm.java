package org.militancymonitor.statement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.common.WithinCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for a statement, as typed: the state or organisation and the
 * official by name, the report by slug, the groups concerned by any of their names, the
 * states concerned by name, and its one claim. It is also what a draft or a pending
 * revision holds, and what a conflict page compares.
 */
public class StatementForm {

	/** Lines of groups or states a form offers at most. */
	static final int MAX_LINES = 40;

	/** The longest name a line of groups or states takes. */
	static final int NAME_SIZE = 300;

	/** The version of the statement or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	@NotBlank(message = "{form.required}")
	@Size(max = 300, message = "{form.size}")
	private String actor;

	@Size(max = 300, message = "{form.size}")
	private String speaker;

	@Size(max = 300, message = "{form.size}")
	private String speakerLabel;

	@Size(max = 300, message = "{form.size}")
	private String speakerRole;

	@NotNull(message = "{form.chooseOne}")
	private VenueKind venueKind;

	@Size(max = 300, message = "{form.size}")
	private String venue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	@WithinCalendar
	private LocalDate madeOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision datePrecision = DatePrecision.DAY;

	@Size(max = 200, message = "{form.size}")
	private String dateAsStated;

	@NotNull(message = "{form.chooseOne}")
	private Stance stance;

	@NotBlank(message = "{form.required}")
	@Size(max = 1000, message = "{form.size}")
	private String summary;

	@Size(max = 1200, message = "{form.size}")
	private String quote;

	@Size(max = 100, message = "{form.size}")
	private String respondsToReport;

	@Positive(message = "{statementForm.respondsToStatement.unknown}")
	private Long respondsToStatement;

	private List<String> groups = new ArrayList<>();

	private List<String> concernedActors = new ArrayList<>();

	/** The statement's one claim, a list so that the claim lines' field paths apply. */
	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published statement (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public StatementForm() {
	}

	/** The form of a statement as it is now, its parts fetched. */
	static StatementForm of(Statement statement) {
		StatementForm form = new StatementForm();
		form.version = statement.getVersion();
		form.actor = statement.getActor().getName();
		form.speaker = (statement.getSpeakerPersonId() != null) ? statement.getSpeakerPersonName() : null;
		form.speakerLabel = statement.getSpeakerLabel();
		form.speakerRole = statement.getSpeakerRole();
		form.venueKind = statement.getVenueKind();
		form.venue = statement.getVenue();
		form.madeOn = statement.getMade().getDate();
		form.datePrecision = statement.getMade().getPrecision();
		form.dateAsStated = statement.getDateAsStated();
		form.stance = statement.getStance();
		form.summary = statement.getSummary();
		form.quote = statement.getQuote();
		form.respondsToReport = (statement.getRespondsToReport() != null) ? statement.getRespondsToReport().getSlug()
				: null;
		form.respondsToStatement = (statement.getRespondsToStatement() != null)
				? statement.getRespondsToStatement().getId() : null;
		form.groups = statement.getGroups()
			.stream()
			.map(ConcernedGroup::getName)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.collect(Collectors.toCollection(ArrayList::new));
		form.concernedActors = statement.getConcernedActors()
			.stream()
			.map(ConcernedActor::getName)
			.sorted(String.CASE_INSENSITIVE_ORDER)
			.collect(Collectors.toCollection(ArrayList::new));
		form.claims = new ArrayList<>(List.of(ClaimLine.of(statement.getClaim())));
		return form;
	}

	/**
	 * The rules between fields that annotations cannot say: a date for a known precision
	 * and none for an unknown one, a speaker named or described, one claim.
	 */
	void validate(Errors errors) {
		if (this.datePrecision != null && this.datePrecision != DatePrecision.UNKNOWN && this.madeOn == null
				&& !errors.hasFieldErrors("madeOn")) {
			errors.rejectValue("madeOn", "statementForm.madeOn.required");
		}
		if (this.datePrecision == DatePrecision.UNKNOWN && this.madeOn != null) {
			errors.rejectValue("madeOn", "statementForm.madeOn.withUnknownPrecision");
		}
		if (blank(this.speaker) && blank(this.speakerLabel) && !errors.hasFieldErrors("speaker")
				&& !errors.hasFieldErrors("speakerLabel")) {
			errors.rejectValue("speakerLabel", "statementForm.speaker.required");
		}
		lineSizes(this.groups, "groups", errors);
		lineSizes(this.concernedActors, "concernedActors", errors);
		long claims = this.claims.stream().filter(StatementForm::filled).count();
		if (claims == 0) {
			errors.reject("statementForm.claims.required");
		}
		else if (claims > 1) {
			errors.reject("statementForm.claims.one");
		}
	}

	private static void lineSizes(List<String> names, String path, Errors errors) {
		for (int i = 0; i < names.size(); i++) {
			if (names.get(i) != null && names.get(i).length() > NAME_SIZE) {
				errors.rejectValue(path + "[" + i + "]", "statementForm.name.size");
			}
		}
	}

	/**
	 * A new claim whose quote is left blank quotes the statement: the statement's quote
	 * is what its source says.
	 */
	void quoteStatementInNewClaim() {
		for (ClaimLine line : this.claims) {
			if (filled(line) && !line.isExisting() && blank(line.getQuote()) && !blank(this.quote)) {
				line.setQuote(this.quote);
			}
		}
	}

	PartialDate made() {
		return (this.datePrecision == null || this.datePrecision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(this.madeOn, this.datePrecision);
	}

	/** The fields as text by their label's message key, in form order. */
	Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("statementForm.actor", this.actor);
		fields.put("statementForm.speaker", this.speaker);
		fields.put("statementForm.speakerLabel", this.speakerLabel);
		fields.put("statementForm.speakerRole", this.speakerRole);
		fields.put("statementForm.venueKind", name(this.venueKind));
		fields.put("statementForm.venue", this.venue);
		fields.put("statementForm.made", (this.madeOn != null) ? this.madeOn + " (" + this.datePrecision + ")"
				: String.valueOf(this.datePrecision));
		fields.put("statementForm.dateAsStated", this.dateAsStated);
		fields.put("statementForm.stance", name(this.stance));
		fields.put("statementForm.summary", this.summary);
		fields.put("statementForm.quote", this.quote);
		fields.put("statementForm.respondsToReport", this.respondsToReport);
		fields.put("statementForm.respondsToStatement",
				(this.respondsToStatement != null) ? this.respondsToStatement.toString() : null);
		fields.put("statementForm.groups", lines(this.groups));
		fields.put("statementForm.concernedActors", lines(this.concernedActors));
		fields.put("statementForm.claim",
				this.claims.stream()
					.filter(StatementForm::filled)
					.map(ClaimLine::describe)
					.filter(Objects::nonNull)
					.collect(Collectors.joining("\n")));
		return fields;
	}

	private static String lines(List<String> names) {
		return names.stream().filter((n) -> !blank(n)).map(String::strip).collect(Collectors.joining("\n"));
	}

	/**
	 * Offers empty lines to fill in, so that a form without JavaScript can add groups,
	 * states and the claim; bounded, as each line is a field to bind.
	 */
	void addBlankLines(int groups, int actors) {
		for (int i = 0; i < groups && this.groups.size() + this.concernedActors.size() < MAX_LINES; i++) {
			this.groups.add(null);
		}
		for (int i = 0; i < actors && this.groups.size() + this.concernedActors.size() < MAX_LINES; i++) {
			this.concernedActors.add(null);
		}
		if (this.claims.stream().noneMatch(StatementForm::filled)) {
			this.claims.clear();
			this.claims.add(new ClaimLine());
		}
	}

	/** Drops the empty lines before the form is kept as a revision. */
	void dropBlankLines() {
		this.groups.removeIf(StatementForm::blank);
		this.concernedActors.removeIf(StatementForm::blank);
		this.claims.removeIf((c) -> !filled(c));
	}

	static boolean filled(ClaimLine line) {
		return line != null && !line.isRemove() && !line.isEmpty();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : null;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public String getActor() {
		return this.actor;
	}

	public void setActor(String actor) {
		this.actor = actor;
	}

	public String getSpeaker() {
		return this.speaker;
	}

	public void setSpeaker(String speaker) {
		this.speaker = speaker;
	}

	public String getSpeakerLabel() {
		return this.speakerLabel;
	}

	public void setSpeakerLabel(String speakerLabel) {
		this.speakerLabel = speakerLabel;
	}

	public String getSpeakerRole() {
		return this.speakerRole;
	}

	public void setSpeakerRole(String speakerRole) {
		this.speakerRole = speakerRole;
	}

	public VenueKind getVenueKind() {
		return this.venueKind;
	}

	public void setVenueKind(VenueKind venueKind) {
		this.venueKind = venueKind;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public LocalDate getMadeOn() {
		return this.madeOn;
	}

	public void setMadeOn(LocalDate madeOn) {
		this.madeOn = madeOn;
	}

	public DatePrecision getDatePrecision() {
		return this.datePrecision;
	}

	public void setDatePrecision(DatePrecision datePrecision) {
		this.datePrecision = datePrecision;
	}

	public String getDateAsStated() {
		return this.dateAsStated;
	}

	public void setDateAsStated(String dateAsStated) {
		this.dateAsStated = dateAsStated;
	}

	public Stance getStance() {
		return this.stance;
	}

	public void setStance(Stance stance) {
		this.stance = stance;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getQuote() {
		return this.quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public String getRespondsToReport() {
		return this.respondsToReport;
	}

	public void setRespondsToReport(String respondsToReport) {
		this.respondsToReport = respondsToReport;
	}

	public Long getRespondsToStatement() {
		return this.respondsToStatement;
	}

	public void setRespondsToStatement(Long respondsToStatement) {
		this.respondsToStatement = respondsToStatement;
	}

	public List<String> getGroups() {
		return this.groups;
	}

	public void setGroups(List<String> groups) {
		this.groups = groups;
	}

	public List<String> getConcernedActors() {
		return this.concernedActors;
	}

	public void setConcernedActors(List<String> concernedActors) {
		this.concernedActors = concernedActors;
	}

	public List<ClaimLine> getClaims() {
		return this.claims;
	}

	public void setClaims(List<ClaimLine> claims) {
		this.claims = claims;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}

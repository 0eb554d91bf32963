package org.militancymonitor.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.ProposalForm;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for a group, as typed: its parent by any of its names, and the
 * sourced facts about it. It is also what a draft or a pending revision holds, and what a
 * conflict page compares.
 */
public class GroupForm implements ProposalForm {

	/** Fact lines a form offers at most. */
	static final int MAX_FACTS = 20;

	/** The version of the group or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	@NotBlank(message = "{form.required}")
	@Size(max = 100, message = "{form.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{source.slug.pattern}")
	private String slug;

	@NotBlank(message = "{form.required}")
	@Size(max = 200, message = "{form.size}")
	private String name;

	@Size(max = 40, message = "{form.size}")
	private String shortName;

	@NotNull(message = "{form.chooseOne}")
	private GroupKind kind;

	@NotNull(message = "{form.chooseOne}")
	private GroupStatus status = GroupStatus.ACTIVE;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundedOn;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision foundedPrecision = DatePrecision.UNKNOWN;

	/** The group this one is a wing, branch or chapter of, by any of its names. */
	@Size(max = 300, message = "{form.size}")
	private String parent;

	@Size(max = 4000, message = "{form.size}")
	private String description;

	@Valid
	private List<GroupFactLine> facts = new ArrayList<>();

	/** Why the editor changes a published group (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public GroupForm() {
	}

	static GroupForm of(MilitantGroup group, List<GroupClaim> facts) {
		GroupForm form = new GroupForm();
		form.version = group.getVersion();
		form.slug = group.getSlug();
		form.name = group.getName();
		form.shortName = group.getShortName();
		form.kind = group.getKind();
		form.status = group.getStatus();
		form.foundedOn = group.getFounded().getDate();
		form.foundedPrecision = group.getFounded().getPrecision();
		form.parent = (group.getParent() != null) ? group.getParent().getName() : null;
		form.description = group.getDescription();
		form.facts = facts.stream().map(GroupFactLine::of).collect(Collectors.toCollection(ArrayList::new));
		return form;
	}

	/**
	 * The rules between fields: a date for a known precision, none for an unknown one; a
	 * new group has at least one sourced fact, and each fact says what it is about.
	 */
	void validate(Errors errors, boolean isNew) {
		if (this.foundedPrecision != null && this.foundedPrecision != DatePrecision.UNKNOWN && this.foundedOn == null
				&& !errors.hasFieldErrors("foundedOn")) {
			errors.rejectValue("foundedOn", "groupForm.date.required");
		}
		if (this.foundedPrecision == DatePrecision.UNKNOWN && this.foundedOn != null) {
			errors.rejectValue("foundedOn", "groupForm.date.withUnknownPrecision");
		}
		for (int i = 0; i < this.facts.size(); i++) {
			GroupFactLine line = this.facts.get(i);
			if (line == null || line.isEmpty() || line.isRemove()) {
				continue;
			}
			if (line.getAttribute() == null && !errors.hasFieldErrors("facts[" + i + "].attribute")) {
				errors.rejectValue("facts[" + i + "].attribute", "groupForm.fact.attribute.required");
			}
			if (blank(line.getSummary()) && !errors.hasFieldErrors("facts[" + i + "].summary")) {
				errors.rejectValue("facts[" + i + "].summary", "groupForm.fact.summary.required");
			}
		}
		if (isNew && liveFacts().isEmpty()) {
			errors.reject("groupForm.facts.required");
		}
	}

	/** The fact lines that are neither empty nor removed, in form order. */
	List<GroupFactLine> liveFacts() {
		return this.facts.stream()
			.filter((line) -> line != null && !line.isEmpty() && !line.isRemove())
			.collect(Collectors.toList());
	}

	/**
	 * Adds empty fact lines, up to the most a form offers, and drops empty ones first.
	 */
	void addBlankFacts(int count) {
		this.facts.removeIf((line) -> line == null || line.isEmpty());
		for (int i = 0; i < count && this.facts.size() < MAX_FACTS; i++) {
			this.facts.add(new GroupFactLine());
		}
	}

	PartialDate founded() {
		return (this.foundedPrecision == null || this.foundedPrecision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(this.foundedOn, this.foundedPrecision);
	}

	/** The fields as text by their label's message key, in form order. */
	@Override
	public Map<String, String> describe() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("groupForm.slug", this.slug);
		fields.put("group.name", this.name);
		fields.put("groupForm.shortName", this.shortName);
		fields.put("group.kind", (this.kind != null) ? this.kind.name() : null);
		fields.put("group.status", (this.status != null) ? this.status.name() : null);
		fields.put("group.founded", (this.foundedOn != null) ? this.foundedOn + " (" + this.foundedPrecision + ")"
				: String.valueOf(this.foundedPrecision));
		fields.put("group.parent", this.parent);
		fields.put("group.description", this.description);
		fields.put("groupForm.facts",
				liveFacts().stream().map(GroupFactLine::describe).collect(Collectors.joining("\n")));
		return fields;
	}

	/** Text without its surrounding blanks, or null for none. */
	static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public int getVersion() {
		return this.version;
	}

	@Override
	public void setVersion(int version) {
		this.version = version;
	}

	public String getFormToken() {
		return this.formToken;
	}

	@Override
	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public GroupKind getKind() {
		return this.kind;
	}

	public void setKind(GroupKind kind) {
		this.kind = kind;
	}

	public GroupStatus getStatus() {
		return this.status;
	}

	public void setStatus(GroupStatus status) {
		this.status = status;
	}

	public LocalDate getFoundedOn() {
		return this.foundedOn;
	}

	public void setFoundedOn(LocalDate foundedOn) {
		this.foundedOn = foundedOn;
	}

	public DatePrecision getFoundedPrecision() {
		return this.foundedPrecision;
	}

	public void setFoundedPrecision(DatePrecision foundedPrecision) {
		this.foundedPrecision = foundedPrecision;
	}

	public String getParent() {
		return this.parent;
	}

	public void setParent(String parent) {
		this.parent = parent;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<GroupFactLine> getFacts() {
		return this.facts;
	}

	public void setFacts(List<GroupFactLine> facts) {
		this.facts = facts;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}

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
import jakarta.validation.constraints.Size;
import org.militancymonitor.claim.ClaimLine;
import org.militancymonitor.common.DatePrecision;
import org.militancymonitor.common.PartialDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * What an editor enters for a relationship of a group with another, as typed: the other
 * group by any of its names, which way the relationship runs, and the claims asserting or
 * denying it. It is also what a draft or a pending revision holds, and what a conflict
 * page compares. The group is the page's, never a submitted value.
 */
public class RelationshipForm {

	/** The version of the relationship or draft the form was made from. */
	private int version;

	@JsonIgnore
	private String formToken;

	/** The group on whose page the relationship is entered. */
	private Long groupId;

	private String groupName;

	@NotNull(message = "{form.chooseOne}")
	private RelationshipDirection direction = RelationshipDirection.OUTGOING;

	@NotBlank(message = "{form.required}")
	@Size(max = 300, message = "{form.size}")
	private String otherGroup;

	@NotNull(message = "{form.chooseOne}")
	private RelationshipType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFromDate;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision fromPrecision = DatePrecision.UNKNOWN;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validToDate;

	@NotNull(message = "{form.chooseOne}")
	private DatePrecision toPrecision = DatePrecision.UNKNOWN;

	@Size(max = 4000, message = "{form.size}")
	private String description;

	@Valid
	private List<ClaimLine> claims = new ArrayList<>();

	/** Why the editor changes a published relationship (required then). */
	@JsonIgnore
	@Size(max = 1000, message = "{form.size}")
	private String reason;

	public RelationshipForm() {
	}

	/** The form of a relationship as it is now, seen from one of its two groups. */
	static RelationshipForm of(GroupRelationship relationship, MilitantGroup group) {
		RelationshipForm form = new RelationshipForm();
		boolean outgoing = relationship.getFromGroup().getId().equals(group.getId());
		form.version = relationship.getVersion();
		form.groupId = group.getId();
		form.groupName = group.getName();
		form.direction = outgoing ? RelationshipDirection.OUTGOING : RelationshipDirection.INCOMING;
		form.otherGroup = (outgoing ? relationship.getToGroup() : relationship.getFromGroup()).getName();
		form.type = relationship.getType();
		form.validFromDate = relationship.getValidFrom().getDate();
		form.fromPrecision = relationship.getValidFrom().getPrecision();
		form.validToDate = relationship.getValidTo().getDate();
		form.toPrecision = relationship.getValidTo().getPrecision();
		form.description = relationship.getDescription();
		form.claims = relationship.getClaims()
			.stream()
			.map(ClaimLine::of)
			.collect(Collectors.toCollection(ArrayList::new));
		return form;
	}

	/**
	 * The rules between fields that annotations cannot say: a date for a known precision,
	 * an end no earlier than the start, and at least one claim.
	 */
	void validate(Errors errors) {
		date(this.validFromDate, this.fromPrecision, "validFromDate", errors);
		date(this.validToDate, this.toPrecision, "validToDate", errors);
		if (this.validFromDate != null && this.validToDate != null && this.validToDate.isBefore(this.validFromDate)
				&& !errors.hasFieldErrors("validToDate")) {
			errors.rejectValue("validToDate", "relationship.validTo.beforeFrom");
		}
		if (this.claims.stream().allMatch((c) -> c == null || c.isRemove() || c.isEmpty())) {
			errors.reject("relationship.claims.required");
		}
	}

	private static void date(LocalDate date, DatePrecision precision, String field, Errors errors) {
		if (precision != null && precision != DatePrecision.UNKNOWN && date == null && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "relationship.date.required");
		}
		if (precision == DatePrecision.UNKNOWN && date != null) {
			errors.rejectValue(field, "relationship.date.withUnknownPrecision");
		}
	}

	PartialDate validFrom() {
		return partial(this.validFromDate, this.fromPrecision);
	}

	PartialDate validTo() {
		return partial(this.validToDate, this.toPrecision);
	}

	private static PartialDate partial(LocalDate date, DatePrecision precision) {
		return (precision == null || precision == DatePrecision.UNKNOWN) ? PartialDate.unknown()
				: PartialDate.of(date, precision);
	}

	/**
	 * Offers empty claim lines to fill in, so that a form without JavaScript can add
	 * claims.
	 */
	void addBlankClaims(int count) {
		for (int i = 0; i < count; i++) {
			this.claims.add(new ClaimLine());
		}
	}

	/** Drops the empty and removed claim lines before the form is kept. */
	void dropBlankClaims() {
		this.claims.removeIf((c) -> c == null || c.isEmpty() || c.isRemove());
	}

	/**
	 * The form's fields as text by their label's message key, in form order: what a diff
	 * or a conflict page compares. The groups are named in the relationship's direction,
	 * so that it reads the same from either group's page.
	 */
	Map<String, String> describe() {
		boolean outgoing = this.direction != RelationshipDirection.INCOMING;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("relationship.fromGroup", outgoing ? this.groupName : this.otherGroup);
		fields.put("relationship.type", (this.type != null) ? this.type.name() : null);
		fields.put("relationship.toGroup", outgoing ? this.otherGroup : this.groupName);
		fields.put("relationship.validFrom", text(this.validFromDate, this.fromPrecision));
		fields.put("relationship.validTo", text(this.validToDate, this.toPrecision));
		fields.put("relationship.description", this.description);
		fields.put("relationship.claims",
				this.claims.stream()
					.filter((c) -> c != null && !c.isEmpty())
					.map(ClaimLine::describe)
					.filter((d) -> d != null)
					.sorted()
					.collect(Collectors.joining("\n")));
		return fields;
	}

	private static String text(LocalDate date, DatePrecision precision) {
		return (date != null) ? date + " (" + precision + ")" : String.valueOf(precision);
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

	public Long getGroupId() {
		return this.groupId;
	}

	public void setGroupId(Long groupId) {
		this.groupId = groupId;
	}

	public String getGroupName() {
		return this.groupName;
	}

	public void setGroupName(String groupName) {
		this.groupName = groupName;
	}

	public RelationshipDirection getDirection() {
		return this.direction;
	}

	public void setDirection(RelationshipDirection direction) {
		this.direction = direction;
	}

	public String getOtherGroup() {
		return this.otherGroup;
	}

	public void setOtherGroup(String otherGroup) {
		this.otherGroup = otherGroup;
	}

	public RelationshipType getType() {
		return this.type;
	}

	public void setType(RelationshipType type) {
		this.type = type;
	}

	public LocalDate getValidFromDate() {
		return this.validFromDate;
	}

	public void setValidFromDate(LocalDate validFromDate) {
		this.validFromDate = validFromDate;
	}

	public DatePrecision getFromPrecision() {
		return this.fromPrecision;
	}

	public void setFromPrecision(DatePrecision fromPrecision) {
		this.fromPrecision = fromPrecision;
	}

	public LocalDate getValidToDate() {
		return this.validToDate;
	}

	public void setValidToDate(LocalDate validToDate) {
		this.validToDate = validToDate;
	}

	public DatePrecision getToPrecision() {
		return this.toPrecision;
	}

	public void setToPrecision(DatePrecision toPrecision) {
		this.toPrecision = toPrecision;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
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

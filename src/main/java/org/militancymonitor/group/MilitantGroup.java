package org.militancymonitor.group;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.militancymonitor.common.PartialDate;
import org.militancymonitor.review.Retractable;
import org.militancymonitor.review.Retraction;

/**
 * An armed group or network the dashboard tracks.
 */
@Entity
@Audited
@Table(name = "militant_group")
public class MilitantGroup implements Retractable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	private String shortName;

	@Enumerated(EnumType.STRING)
	private GroupKind kind;

	@Enumerated(EnumType.STRING)
	private GroupStatus status;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "date", column = @Column(name = "founded_on")),
			@AttributeOverride(name = "precision", column = @Column(name = "founded_precision")) })
	private PartialDate founded = PartialDate.unknown();

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private MilitantGroup parent;

	private String description;

	@OneToMany(mappedBy = "group")
	@OrderBy("quality, name")
	private List<GroupAlias> aliases = new ArrayList<>();

	@Embedded
	private Retraction retraction;

	@Version
	private int version;

	protected MilitantGroup() {
	}

	/** A group approved from its form; the parent found from the form's name for it. */
	static MilitantGroup of(GroupForm form, MilitantGroup parent) {
		MilitantGroup group = new MilitantGroup();
		group.update(form, parent);
		return group;
	}

	/** Takes an approved form's values. */
	void update(GroupForm form, MilitantGroup parent) {
		Retraction.requireLive(this.retraction);
		this.slug = form.getSlug().strip();
		this.name = form.getName().strip();
		this.shortName = GroupForm.trim(form.getShortName());
		this.kind = form.getKind();
		this.status = form.getStatus();
		this.founded = form.founded();
		this.parent = parent;
		this.description = GroupForm.trim(form.getDescription());
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getShortName() {
		return this.shortName;
	}

	/** The short name where there is one, else the name. */
	public String getDisplayName() {
		return (this.shortName != null) ? this.shortName : this.name;
	}

	public GroupKind getKind() {
		return this.kind;
	}

	public GroupStatus getStatus() {
		return this.status;
	}

	public PartialDate getFounded() {
		return this.founded;
	}

	public MilitantGroup getParent() {
		return this.parent;
	}

	public String getDescription() {
		return this.description;
	}

	public List<GroupAlias> getAliases() {
		return this.aliases;
	}

	public int getVersion() {
		return this.version;
	}

	@Override
	public Retraction getRetraction() {
		return this.retraction;
	}

	@Override
	public void retract(String editor, String reason) {
		this.retraction = Retraction.retract(this.retraction, editor, reason);
	}

}

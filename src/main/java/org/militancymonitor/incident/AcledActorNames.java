package org.militancymonitor.incident;

import java.util.Optional;

import org.militancymonitor.system.FormTokens;
import org.militancymonitor.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's decision on a queued actor name, in one transaction with its form token:
 * mapped to a group or a state, the name becomes a party of every incident imported
 * without it, in the role the file gave it (written in SQL with its audit, as the import
 * writes, since a name may be met in thousands of rows); dismissed, it is left out of
 * them. Either way later imports reuse the decision.
 */
@Service
class AcledActorNames {

	private final AcledActorNameRepository names;

	private final JdbcClient jdbc;

	private final FormTokens tokens;

	AcledActorNames(AcledActorNameRepository names, JdbcClient jdbc, FormTokens tokens) {
		this.names = names;
		this.jdbc = jdbc;
		this.tokens = tokens;
	}

	static final String URL = "/incidents/actor-names";

	/**
	 * Maps the name to the party and gives it to the incidents that named it.
	 * @return how many incidents gained it, or empty when an earlier POST of the same
	 * form decided it
	 */
	@Transactional
	Optional<Integer> map(long id, int version, long partyId, boolean group, String editor, String token) {
		if (this.tokens.take(token, editor).isPresent()) {
			return Optional.empty();
		}
		AcledActorName name = current(id, version);
		name.map(partyId, group, editor);
		this.names.flush();
		long rev = this.jdbc.sql("""
				insert into revision (changed_at, username, reason) values (now(), :user, :reason) returning id""")
			.param("user", editor)
			.param("reason", "actor name \"" + name.getName() + "\" of an ACLED import mapped")
			.query(Long.class)
			.single();
		int added = this.jdbc
			.sql("""
					with added as (
					    insert into incident_actor (incident_id, group_id, actor_id, role, attribution_uncertain)
					    select m.incident_id, cast(:group as bigint), cast(:actor as bigint), m.role, m.attribution_uncertain
					      from acled_actor_mention m
					     where m.name_id = :name
					       and not exists (select 1 from incident_actor a where a.incident_id = m.incident_id
					                          and a.role = m.role and a.group_id is not distinct from cast(:group as bigint)
					                          and a.actor_id is not distinct from cast(:actor as bigint))
					     order by m.incident_id
					    returning *),
					actors as (
					    insert into incident_actor_aud (rev, revtype, id, incident_id, group_id, actor_id, role,
					                                    attribution_uncertain, description)
					    select :rev, 0, a.id, a.incident_id, a.group_id, a.actor_id, a.role, a.attribution_uncertain,
					           a.description
					      from added a)
					insert into incident_aud (rev, revtype, id, occurred_on, date_precision, date_as_stated, country_id,
					                          admin1_id, admin2_id, place_name, latitude, longitude, location_precision,
					                          event_type, sub_event_type, cross_border, fatalities_low, fatalities_best,
					                          fatalities_high, injured, summary, status, synthetic, created_by,
					                          last_edited_by, submitted_by, submitted_at, reviewed_by, reviewed_at,
					                          retraction_reason)
					select :rev, 1, i.id, i.occurred_on, i.date_precision, i.date_as_stated, i.country_id, i.admin1_id,
					       i.admin2_id, i.place_name, i.latitude, i.longitude, i.location_precision, i.event_type,
					       i.sub_event_type, i.cross_border, i.fatalities_low, i.fatalities_best, i.fatalities_high,
					       i.injured, i.summary, i.status, i.synthetic, i.created_by, i.last_edited_by, i.submitted_by,
					       i.submitted_at, i.reviewed_by, i.reviewed_at, i.retraction_reason
					  from incident i where i.id in (select distinct incident_id from added)""")
			.param("group", group ? partyId : null)
			.param("actor", group ? null : partyId)
			.param("name", id)
			.param("rev", rev)
			.update();
		forgetMentions(id);
		this.tokens.complete(token, URL);
		return Optional.of(added);
	}

	/**
	 * Dismisses the name.
	 * @return false when an earlier POST of the same form decided it
	 */
	@Transactional
	boolean dismiss(long id, int version, String editor, String token) {
		if (this.tokens.take(token, editor).isPresent()) {
			return false;
		}
		current(id, version).dismiss(editor);
		this.names.flush();
		forgetMentions(id);
		this.tokens.complete(token, URL);
		return true;
	}

	private void forgetMentions(long id) {
		this.jdbc.sql("delete from acled_actor_mention where name_id = :id").param("id", id).update();
	}

	private AcledActorName current(long id, int version) {
		AcledActorName name = this.names.findById(id).orElseThrow(() -> new NotFoundException("actor name", id));
		if (name.getVersion() != version) {
			throw new org.militancymonitor.review.ReviewException("review.refused.raced",
					"actor name " + id + " changed meanwhile");
		}
		return name;
	}

}

package org.militancymonitor.incident;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.jdbc.Sql;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * incident_group (V27) is derived by triggers: whatever is done to incidents and their
 * actors, it holds each (incident, group) pair of incident_actor once, with the
 * incident's current columns.
 */
@PostgresDataJpaTest
@Sql("/incident/incident-fixtures.sql")
class IncidentGroupTests {

	/**
	 * Rows of the derivation missing from incident_group, and rows it should not hold.
	 */
	private static final String DIFFERENCES = """
			with derived as (
			    select distinct a.incident_id, a.group_id, i.status, i.occurred_on, i.fatalities, i.country_id,
			           i.admin1_id, i.event_type
			      from incident_actor a join incident i on i.id = a.incident_id
			     where a.group_id is not null)
			select count(*) from ((select * from derived except all select * from incident_group)
			                      union all (select * from incident_group except all select * from derived)) d
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldHoldEveryIncidentGroupPairOfTheSeedAndTheFixtures() {
		assertThat(differences()).isZero();
		assertThat(pairs("Fixture alpha clash")).containsExactly("ttp");
	}

	@Test
	void shouldKeepAPairWhileAnyActorRowHoldsIt() {
		this.jdbc.sql("""
				insert into incident_actor (incident_id, group_id, role)
				select id, (select id from militant_group where slug = 'ttp'), 'CLAIMED_BY'
				  from incident where summary = 'Fixture alpha clash'""").update();
		assertThat(pairs("Fixture alpha clash")).containsExactly("ttp");
		deleteActor("Fixture alpha clash", "PERPETRATOR");
		assertThat(pairs("Fixture alpha clash")).containsExactly("ttp");
		deleteActor("Fixture alpha clash", "CLAIMED_BY");
		assertThat(pairs("Fixture alpha clash")).isEmpty();
		assertThat(differences()).isZero();
	}

	@Test
	void shouldFollowAnActorMovedToAnotherGroup() {
		this.jdbc.sql("""
				update incident_actor set group_id = (select id from militant_group where slug = 'ttp')
				 where incident_id = (select id from incident where summary = 'Fixture bravo bombing')""").update();
		assertThat(pairs("Fixture bravo bombing")).containsExactly("ttp");
		assertThat(differences()).isZero();
	}

	@Test
	void shouldFollowChangesToTheIncident() {
		this.jdbc
			.sql("""
					update incident set status = 'RETRACTED', retraction_reason = 'Fixture withdrawn', fatalities_best = 99, occurred_on = '2031-06-01',
					       admin1_id = (select id from region where slug = 'pk-balochistan'), event_type = 'PROTESTS',
					       sub_event_type = 'PEACEFUL_PROTEST'
					 where summary = 'Fixture echo clash'""")
			.update();
		assertThat(this.jdbc
			.sql("""
					select g.status || ' ' || g.fatalities || ' ' || g.occurred_on || ' ' || g.event_type
					  from incident_group g join incident i on i.id = g.incident_id where i.summary = 'Fixture echo clash'""")
			.query(String.class)
			.single()).isEqualTo("RETRACTED 99 2031-06-01 PROTESTS");
		assertThat(differences()).isZero();
	}

	@Test
	void shouldDropThePairsOfADeletedIncident() {
		this.jdbc.sql("delete from incident_claim where incident_id = (select id from incident where summary = :s)")
			.param("s", "Fixture bravo bombing")
			.update();
		this.jdbc.sql("delete from incident where summary = 'Fixture bravo bombing'").update();
		assertThat(differences()).isZero();
	}

	@Test
	void shouldEmptyWithATruncateOfTheActors() {
		this.jdbc.sql("truncate incident_actor").update();
		assertThat(this.jdbc.sql("select count(*) from incident_group").query(Long.class).single()).isZero();
	}

	private long differences() {
		return this.jdbc.sql(DIFFERENCES).query(Long.class).single();
	}

	private List<String> pairs(String summary) {
		return this.jdbc.sql("""
				select m.slug from incident_group g join incident i on i.id = g.incident_id
				  join militant_group m on m.id = g.group_id where i.summary = :summary order by m.slug""")
			.param("summary", summary)
			.query(String.class)
			.list();
	}

	private void deleteActor(String summary, String role) {
		this.jdbc.sql("""
				delete from incident_actor
				 where incident_id = (select id from incident where summary = :summary) and role = :role""")
			.param("summary", summary)
			.param("role", role)
			.update();
	}

}

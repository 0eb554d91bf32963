package org.militancymonitor.claim;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the seed's claims stand on its facts: a denial sits on the very subject another
 * claim asserts (a contested fact is one row with both claims), and no fact is left
 * without a claim.
 */
@PostgresDataJpaTest
class SeedClaimTests {

	@Autowired
	JdbcClient jdbc;

	/**
	 * The subject of a relationship's or an incident's claim is its row; of a group's
	 * attribute claim the group, the attribute and the summary (one row per claim); of a
	 * statement's claim the statement or report it answers. An alias, an estimate, a
	 * designation or a finding has one claim, which cannot be a denial.
	 */
	@Test
	void shouldSetEveryDenialOnASubjectThatAClaimAsserts() {
		assertThat(this.jdbc.sql("""
				select c.ref || ' denies relationship ' || f.slug || ' ' || r.type || ' ' || t.slug
				  from claim c
				  join relationship_claim rc on rc.claim_id = c.id
				  join group_relationship r on r.id = rc.relationship_id
				  join militant_group f on f.id = r.from_group_id
				  join militant_group t on t.id = r.to_group_id
				 where c.position = 'DENIES'
				   and not exists (select 1 from relationship_claim o join claim oc on oc.id = o.claim_id
				                    where o.relationship_id = rc.relationship_id and oc.position = 'ASSERTS')
				union all
				select c.ref || ' denies ' || g.slug || ' ' || gc.attribute || ': ' || gc.summary
				  from claim c
				  join group_claim gc on gc.claim_id = c.id
				  join militant_group g on g.id = gc.group_id
				 where c.position = 'DENIES'
				   and not exists (select 1 from group_claim o join claim oc on oc.id = o.claim_id
				                    where o.group_id = gc.group_id and o.attribute = gc.attribute
				                      and o.summary = gc.summary and oc.position = 'ASSERTS')
				union all
				select c.ref || ' denies incident ' || ic.incident_id
				  from claim c
				  join incident_claim ic on ic.claim_id = c.id
				 where c.position = 'DENIES'
				   and not exists (select 1 from incident_claim o join claim oc on oc.id = o.claim_id
				                    where o.incident_id = ic.incident_id and oc.position = 'ASSERTS')
				union all
				select c.ref || ' denies statement ' || st.id || ', which answers nothing'
				  from claim c
				  join statement st on st.claim_id = c.id
				 where c.position = 'DENIES'
				   and st.responds_to_statement_id is null and st.responds_to_report_id is null
				union all
				select c.ref || ' is the only claim of ' || x.what
				  from claim c
				  join (select claim_id, 'alias ' || name as what from group_alias
				        union all select claim_id, 'estimate ' || id from estimate
				        union all select claim_id, 'designation ' || id from designation
				        union all select claim_id, 'finding ' || id from report_finding) x on x.claim_id = c.id
				 where c.position = 'DENIES'
				 order by 1
				""").query(String.class).list()).isEmpty();
	}

	@Test
	void shouldBackEveryFactWithAClaim() {
		assertThat(this.jdbc.sql("""
				select 'alias ' || g.slug || ' ' || a.name
				  from group_alias a join militant_group g on g.id = a.group_id
				 where a.claim_id is null
				union all
				select 'estimate ' || e.id from estimate e where e.claim_id is null
				union all
				select 'designation ' || d.id from designation d where d.claim_id is null
				union all
				select 'relationship ' || r.id from group_relationship r
				 where not exists (select 1 from relationship_claim rc where rc.relationship_id = r.id)
				union all
				select 'incident ' || i.id from incident i
				 where not exists (select 1 from incident_claim ic where ic.incident_id = i.id)
				union all
				select 'statement ' || s.id from statement s where s.claim_id is null
				union all
				select 'finding ' || f.id from report_finding f where f.claim_id is null
				 order by 1
				""").query(String.class).list()).isEmpty();
	}

}

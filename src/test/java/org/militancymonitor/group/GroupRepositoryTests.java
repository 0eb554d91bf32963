package org.militancymonitor.group;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group's facts come with their evidence, and a fact without a claim still comes: the
 * claim, read with its evidence view, is joined outer.
 */
@PostgresDataJpaTest
class GroupRepositoryTests {

	@Autowired
	GroupRepository groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldListAnAliasThatNoClaimBacksYet() {
		this.jdbc.sql("""
				insert into group_alias (group_id, name, quality)
				select id, 'Tehrik-e-Taliban (unsourced)', 'WEAK' from militant_group where slug = 'ttp'""").update();
		MilitantGroup ttp = this.groups.findBySlug("ttp").orElseThrow();
		assertThat(this.groups.findAliases(ttp)).extracting(GroupAlias::getName)
			.contains("Tehrik-e-Taliban (unsourced)", "Pakistani Taliban");
		assertThat(this.groups.findAliases(ttp)).filteredOn((a) -> a.getClaim() != null)
			.allSatisfy((a) -> assertThat(a.getClaim().getEvidence().sourceTitle()).isNotBlank());
	}

	@Test
	void shouldListEachRelationshipOnceWithAllItsClaims() {
		MilitantGroup ttp = this.groups.findBySlug("ttp").orElseThrow();
		var relationships = this.groups.findRelationships(ttp);
		assertThat(relationships).doesNotHaveDuplicates();
		assertThat(relationships).extracting(GroupRelationship::getId)
			.containsExactlyInAnyOrderElementsOf(this.jdbc
				.sql("""
						select r.id from group_relationship r join militant_group g on g.id in (r.from_group_id, r.to_group_id)
						where g.slug = 'ttp'""")
				.query(Long.class)
				.list());
		long claims = this.jdbc.sql("""
				select count(*) from relationship_claim rc join group_relationship r on r.id = rc.relationship_id
				join militant_group g on g.id in (r.from_group_id, r.to_group_id) where g.slug = 'ttp'""")
			.query(Long.class)
			.single();
		assertThat(relationships.stream().mapToLong((r) -> r.getClaims().size()).sum()).isEqualTo(claims)
			.isGreaterThan(relationships.size());
		assertThat(this.groups.findAllRelationships()).doesNotHaveDuplicates();
		assertThat(this.groups.findContestedRelationships()).doesNotHaveDuplicates();
	}

}

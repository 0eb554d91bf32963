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

}

package org.militancymonitor.sanctions;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes what the tests' imports made, so that the seed is as it was for the tests after
 * them: the imported entries and their links, change sets and import log, the
 * designations and claims the imports gave groups, the sources of lists other than the
 * seed's, and the seed's two UN designations as the seed has them. (The audit keeps its
 * rows: nothing may delete them.)
 */
public final class UnListImports {

	private UnListImports() {
	}

	public static void remove(JdbcClient jdbc) {
		jdbc.sql("delete from sanctions_match").update();
		jdbc.sql("delete from sanctions_change").update();
		jdbc.sql("delete from sanctions_alias").update();
		jdbc.sql("delete from sanctions_address").update();
		jdbc.sql("delete from sanctions_entry").update();
		jdbc.sql("delete from sanctions_import").update();
		jdbc.sql("delete from designation where claim_id in (select id from claim where ref like 'unl-%')").update();
		jdbc.sql("delete from claim where ref like 'unl-%'").update();
		jdbc.sql("delete from source where kind = 'SANCTIONS_LIST' and slug <> 'un-consolidated-list-2020-03-20'")
			.update();
		jdbc.sql("""
				update designation d set listed_on = v.listed::date, listed_precision = 'DAY', delisted_on = null
				  from (values ('QDe.132', '2011-07-29'), ('QDe.161', '2019-05-14')) as v(ref, listed)
				 where d.reference_number = v.ref
				   and (d.listed_on is distinct from v.listed::date or d.delisted_on is not null)
				""").update();
		jdbc.sql("delete from form_submission where username like 'editor-sanctions%'").update();
	}

}

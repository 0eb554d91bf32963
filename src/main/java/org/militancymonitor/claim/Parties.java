package org.militancymonitor.claim;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.militancymonitor.system.DataCaches;
import org.militancymonitor.system.SelectOptions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the groups, states, officials and sources an editor names on a form: a group by
 * any of its names (slug, name, short name or alias, compared as the search compares
 * them: whatever the case, accents, hyphens or transliteration), the others by slug or
 * name whatever the case; and the names the forms offer as suggestions. A retracted alias
 * names nothing and new claims come from live sources only; a retracted group is still
 * found by its name (the records that name it are still saved) but not suggested.
 */
@Component
public class Parties {

	private final JdbcClient jdbc;

	private final Supplier<Suggestions> suggestions;

	Parties(JdbcClient jdbc, DataCaches caches) {
		this.jdbc = jdbc;
		this.suggestions = caches.value(this::loadSuggestions);
	}

	/**
	 * Every party of the given kinds the text names; none, one, or several when the text
	 * is ambiguous.
	 */
	public List<Party> find(String text, Set<Party.Kind> kinds) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String name = text.strip();
		return this.jdbc.sql("""
				select 'GROUP' as kind, g.id, g.slug, g.name from militant_group g
				 where :groups and (g.slug = lower(:name) or g.name_search = mm_search_normalize(:name)
				       or g.short_name_search = mm_search_normalize(:name)
				       or exists (select 1 from group_alias a where a.group_id = g.id and a.retracted_at is null
				                   and a.search_name = mm_search_normalize(:name)))
				union all
				select 'ACTOR', x.id, x.slug, x.name from actor x
				 where :actors and (x.slug = lower(:name) or lower(x.name) = lower(:name))
				union all
				select 'PERSON', p.id, p.slug, p.name from person p
				 where :persons and (p.slug = lower(:name) or lower(p.name) = lower(:name))
				union all
				select 'SOURCE', s.id, s.slug, s.title from source s
				 where :sources and s.retracted_at is null and (s.slug = lower(:name) or lower(s.title) = lower(:name))
				order by 1, 4
				""")
			.param("name", name)
			.param("groups", kinds.contains(Party.Kind.GROUP))
			.param("actors", kinds.contains(Party.Kind.ACTOR))
			.param("persons", kinds.contains(Party.Kind.PERSON))
			.param("sources", kinds.contains(Party.Kind.SOURCE))
			.query((rs, n) -> new Party(Party.Kind.valueOf(rs.getString("kind")), rs.getLong("id"),
					rs.getString("slug"), rs.getString("name")))
			.list();
	}

	/**
	 * The names of groups (with their aliases), states and organisations a form suggests.
	 */
	public SelectOptions<String> partyNames() {
		return this.suggestions.get().parties();
	}

	/** The names of officials a form suggests. */
	public SelectOptions<String> personNames() {
		return this.suggestions.get().persons();
	}

	/** The sources a form suggests, by slug with their titles. */
	public SelectOptions<Party> sources() {
		return this.suggestions.get().sources();
	}

	private Suggestions loadSuggestions() {
		List<String> parties = this.jdbc.sql("""
				select name from (select name from militant_group where retracted_at is null
				                  union select short_name from militant_group where retracted_at is null
				                  union select a.name from group_alias a join militant_group g on g.id = a.group_id
				                   where a.retracted_at is null and g.retracted_at is null
				                  union select name from actor) n
				 where name is not null order by lower(name), name
				""").query(String.class).list();
		List<String> persons = this.jdbc.sql("select name from person order by lower(name), name")
			.query(String.class)
			.list();
		List<Party> sources = this.jdbc
			.sql("select id, slug, title from source where retracted_at is null order by slug")
			.query((rs, n) -> new Party(Party.Kind.SOURCE, rs.getLong("id"), rs.getString("slug"),
					rs.getString("title")))
			.list();
		return new Suggestions(SelectOptions.of(parties, (s) -> s, (s) -> s),
				SelectOptions.of(persons, (s) -> s, (s) -> s), SelectOptions.of(sources, Party::slug, Party::name));
	}

	private record Suggestions(SelectOptions<String> parties, SelectOptions<String> persons,
			SelectOptions<Party> sources) {
	}

}

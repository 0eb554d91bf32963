package org.militancymonitor.sanctions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.militancymonitor.group.ListedDesignations;
import org.militancymonitor.group.ListedDesignations.Citation;
import org.militancymonitor.group.ListedDesignations.Listing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a link between an entry and a group gives the group: its designation on the UN
 * list, kept as the entry has it (listed on, and delisted when the entry is off the
 * list), citing the list.
 */
@Component
class MatchDesignations {

	/** The UN list types whose committee the dashboard knows as an actor. */
	private static final Map<String, String> AUTHORITIES = Map.of("Al-Qaida", "un-isil-al-qaida-sanctions-committee");

	private static final String COUNCIL = "un-security-council";

	/** The regimes, named as the seed names the ISIL (Da'esh) and Al-Qaida list. */
	private static final Map<String, String> REGIMES = Map.of("Al-Qaida",
			"UN Security Council ISIL (Da’esh) and Al-Qaida sanctions list (resolutions 1267/1989/2253)", "Taliban",
			"UN Security Council 1988 sanctions list (Taliban)");

	private final JdbcClient jdbc;

	private final ListedDesignations designations;

	MatchDesignations(JdbcClient jdbc, ListedDesignations designations) {
		this.jdbc = jdbc;
		this.designations = designations;
	}

	/** The regime of a UN list type, as the group's designation names it. */
	static String regime(String listType) {
		return REGIMES.getOrDefault(listType, "UN Security Council sanctions list (" + listType + ")");
	}

	/**
	 * Keeps the designation of each confirmed link among the given ones, citing the list
	 * whose source the supplier gives (made when first needed).
	 * @param reason the audit's reason for the designations made or changed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void keep(Collection<Long> matchIds, LongSupplier source, String sourceDate, String reason) {
		if (matchIds.isEmpty()) {
			return;
		}
		Map<String, Long> actors = this.jdbc.sql("select slug, id from actor where slug in (:slugs)")
			.param("slugs", List.of(COUNCIL, AUTHORITIES.get("Al-Qaida")))
			.query((rs, n) -> Map.entry(rs.getString("slug"), rs.getLong("id")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		List<Row> rows = this.jdbc.sql("""
				select m.id, m.group_id, e.reference_number, e.kind, e.list_type, e.name, e.first_name,
				       e.listed_on, e.listed_on_as_stated,
				       coalesce(e.delisted_on, cast(left(i.date_generated_as_stated, 10) as date)) as delisted_on
				  from sanctions_match m
				  join sanctions_entry e on e.id = m.entry_id
				  left join sanctions_import i on i.id = e.absent_since_import_id
				 where m.id in (:ids) and m.status = 'CONFIRMED'
				 order by m.id
				""")
			.param("ids", matchIds)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("group_id"), rs.getString("reference_number"),
					rs.getString("kind"), rs.getString("list_type"), rs.getString("name"), rs.getString("first_name"),
					rs.getObject("listed_on", LocalDate.class), rs.getString("listed_on_as_stated"),
					rs.getObject("delisted_on", LocalDate.class)))
			.list();
		for (Row row : rows) {
			Long authority = actors.get(AUTHORITIES.getOrDefault(row.listType(), COUNCIL));
			Listing listing = new Listing(row.groupId(), row.reference(), authority, regime(row.listType()),
					row.listedOn(), row.delistedOn());
			Citation citation = new Citation(claimRef(sourceDate, row.reference()), source, quote(row), authority,
					"UN Security Council Consolidated List entry " + row.reference());
			Long designation = this.designations.keep(listing, citation, reason).orElse(null);
			this.jdbc
				.sql("update sanctions_match set designation_id = :designation where id = :id "
						+ "and designation_id is distinct from :designation")
				.param("designation", designation)
				.param("id", row.matchId())
				.update();
		}
	}

	/** The claim's reference: the list's date and the entry's reference number. */
	static String claimRef(String sourceDate, String reference) {
		return ("unl-" + sourceDate + "-" + reference).toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	/**
	 * The entry's elements that state the listing, as the list writes them one after the
	 * other (an entity's name first, as it stands before them).
	 */
	private static String quote(Row row) {
		StringBuilder quote = new StringBuilder();
		if ("ENTITY".equals(row.kind()) && row.firstName() != null) {
			quote.append("<FIRST_NAME>").append(row.firstName()).append("</FIRST_NAME>");
		}
		quote.append("<UN_LIST_TYPE>").append(row.listType()).append("</UN_LIST_TYPE>");
		quote.append("<REFERENCE_NUMBER>").append(row.reference()).append("</REFERENCE_NUMBER>");
		if (row.listedOnAsStated() != null) {
			quote.append("<LISTED_ON>").append(row.listedOnAsStated()).append("</LISTED_ON>");
		}
		return quote.toString();
	}

	private record Row(long matchId, long groupId, String reference, String kind, String listType, String name,
			String firstName, LocalDate listedOn, String listedOnAsStated, LocalDate delistedOn) {
	}

}

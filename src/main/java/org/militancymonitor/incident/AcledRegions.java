package org.militancymonitor.incident;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The regions an imported row names, found by name: a country by its name or its ISO
 * code, a province by its name within the country, a district within the province;
 * whatever the case, accents and punctuation, and by the names ACLED's older data used
 * for Pakistan's provinces (the tribal areas, merged into Khyber Pakhtunkhwa in 2018).
 */
final class AcledRegions {

	/** Older or shorter names of provinces, by country ISO code. */
	private static final Map<String, Map<String, String>> OTHER_NAMES = Map.of("PK",
			Map.of("fata", "Khyber Pakhtunkhwa", "federally administered tribal areas", "Khyber Pakhtunkhwa",
					"north west frontier province", "Khyber Pakhtunkhwa", "nwfp", "Khyber Pakhtunkhwa", "islamabad",
					"Islamabad Capital Territory", "azad kashmir", "Azad Jammu and Kashmir", "gilgit baltistan",
					"Gilgit-Baltistan"));

	private final Map<String, Long> countries = new HashMap<>();

	private final Map<String, String> countryCodes = new HashMap<>();

	private final Map<String, Long> admin1 = new HashMap<>();

	private final Map<String, Long> admin2 = new HashMap<>();

	private AcledRegions() {
	}

	/** Every region, read once for an import. */
	static AcledRegions load(JdbcClient jdbc) {
		AcledRegions regions = new AcledRegions();
		jdbc.sql("select id, name, level, parent_id, iso_code from region").query((java.sql.ResultSet rs) -> {
			long id = rs.getLong("id");
			String name = key(rs.getString("name"));
			switch (rs.getString("level")) {
				case "COUNTRY" -> {
					regions.countries.put(name, id);
					String iso = rs.getString("iso_code");
					if (iso != null) {
						regions.countries.put(key(iso), id);
						regions.countryCodes.put(String.valueOf(id), iso);
					}
				}
				case "ADMIN1" -> regions.admin1.put(rs.getLong("parent_id") + "/" + name, id);
				case "ADMIN2" -> regions.admin2.put(rs.getLong("parent_id") + "/" + name, id);
				default -> {
				}
			}
		});
		return regions;
	}

	Long country(String name) {
		return this.countries.get(key(name));
	}

	Long admin1(long countryId, String name) {
		Long found = this.admin1.get(countryId + "/" + key(name));
		if (found == null) {
			String iso = this.countryCodes.get(String.valueOf(countryId));
			String other = (iso != null) ? OTHER_NAMES.getOrDefault(iso, Map.of()).get(key(name)) : null;
			found = (other != null) ? this.admin1.get(countryId + "/" + key(other)) : null;
		}
		return found;
	}

	Long admin2(long admin1Id, String name) {
		return this.admin2.get(admin1Id + "/" + key(name));
	}

	/** A name as compared: ACLED's key, with punctuation as spaces. */
	static String key(String name) {
		return AcledFormat.key(name.replaceAll("[\\p{Punct}]+", " "));
	}

}

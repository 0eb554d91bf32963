package org.militancymonitor.incident;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.militancymonitor.common.DatePrecision;

/**
 * ACLED's CSV format as the dashboard writes and reads it: the columns in ACLED's order,
 * its event and sub-event types, and how the dashboard's date and location precisions,
 * actor roles and parties map to ACLED's codes (README, "ACLED format").
 * <p>
 * ACLED's codebook: {@code time_precision} 1 is the day, 2 a week (the date is the middle
 * of it), 3 the month; {@code geo_precision} 1 the place itself, 2 near it or a part of a
 * region, 3 only a larger region (its coordinates are a representative point, such as the
 * provincial capital). {@code inter1} and {@code inter2}: 1 state forces, 2 rebel groups,
 * 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8
 * external or other forces; {@code interaction} joins the two, the lower first (13), or
 * the one with a zero (10).
 */
final class AcledFormat {

	/** ACLED's columns, in ACLED's order. */
	static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
			"disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
			"assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
			"admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
			"fatalities", "tags", "timestamp");

	static final int STATE_FORCES = 1;

	static final int REBEL_GROUPS = 2;

	static final int POLITICAL_MILITIAS = 3;

	static final int RIOTERS = 5;

	static final int PROTESTERS = 6;

	static final int CIVILIANS = 7;

	static final int EXTERNAL_FORCES = 8;

	/**
	 * ACLED's value of {@code civilian_targeting} for an event that targets civilians.
	 */
	static final String CIVILIAN_TARGETING = "Civilian targeting";

	/**
	 * The tags that carry what ACLED's columns cannot: a party's role, and uncertainty.
	 */
	static final String CLAIMED_BY_TAG = "claimed by: ";

	static final String SUSPECTED_TAG = "suspected: ";

	static final String UNCERTAIN_TAG = "attribution uncertain: ";

	static final String CROSS_BORDER_TAG = "cross-border";

	/** How an imported claim's note keeps the row's own source and source scale. */
	static final String SOURCE_NOTE = "ACLED source: ";

	static final String SOURCE_SCALE_NOTE = "ACLED source scale: ";

	private static final Map<EventType, String> EVENT_TYPES = new EnumMap<>(EventType.class);

	private static final Map<SubEventType, String> SUB_EVENT_TYPES = new EnumMap<>(SubEventType.class);

	private static final Map<String, EventType> EVENT_TYPES_BY_LABEL = new HashMap<>();

	private static final Map<String, SubEventType> SUB_EVENT_TYPES_BY_LABEL = new HashMap<>();

	/** ISO 3166-1 numeric codes of the countries the regions hold, by alpha-2 code. */
	private static final Map<String, Integer> ISO_NUMERIC = Map.ofEntries(Map.entry("AF", 4), Map.entry("PK", 586),
			Map.entry("IN", 356), Map.entry("IR", 364), Map.entry("TR", 792), Map.entry("QA", 634),
			Map.entry("RU", 643), Map.entry("DK", 208), Map.entry("CN", 156), Map.entry("ID", 360),
			Map.entry("KZ", 398), Map.entry("TJ", 762), Map.entry("UZ", 860), Map.entry("TM", 795),
			Map.entry("KG", 417), Map.entry("US", 840));

	static {
		event(EventType.BATTLES, "Battles");
		event(EventType.EXPLOSIONS_REMOTE_VIOLENCE, "Explosions/Remote violence");
		event(EventType.VIOLENCE_AGAINST_CIVILIANS, "Violence against civilians");
		event(EventType.PROTESTS, "Protests");
		event(EventType.RIOTS, "Riots");
		event(EventType.STRATEGIC_DEVELOPMENTS, "Strategic developments");
		sub(SubEventType.ARMED_CLASH, "Armed clash");
		sub(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "Government regains territory");
		sub(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "Non-state actor overtakes territory");
		sub(SubEventType.CHEMICAL_WEAPON, "Chemical weapon");
		sub(SubEventType.AIR_DRONE_STRIKE, "Air/drone strike");
		sub(SubEventType.SUICIDE_BOMB, "Suicide bomb");
		sub(SubEventType.SHELLING_ARTILLERY_MISSILE_ATTACK, "Shelling/artillery/missile attack");
		sub(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "Remote explosive/landmine/IED");
		sub(SubEventType.GRENADE, "Grenade");
		sub(SubEventType.SEXUAL_VIOLENCE, "Sexual violence");
		sub(SubEventType.ATTACK, "Attack");
		sub(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, "Abduction/forced disappearance");
		sub(SubEventType.PEACEFUL_PROTEST, "Peaceful protest");
		sub(SubEventType.PROTEST_WITH_INTERVENTION, "Protest with intervention");
		sub(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "Excessive force against protesters");
		sub(SubEventType.VIOLENT_DEMONSTRATION, "Violent demonstration");
		sub(SubEventType.MOB_VIOLENCE, "Mob violence");
		sub(SubEventType.AGREEMENT, "Agreement");
		sub(SubEventType.ARRESTS, "Arrests");
		sub(SubEventType.CHANGE_TO_GROUP_ACTIVITY, "Change to group/activity");
		sub(SubEventType.DISRUPTED_WEAPONS_USE, "Disrupted weapons use");
		sub(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, "Headquarters or base established");
		sub(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "Looting/property destruction");
		sub(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, "Non-violent transfer of territory");
		sub(SubEventType.OTHER, "Other");
		// an older spelling in ACLED's own codebooks
		SUB_EVENT_TYPES_BY_LABEL.put(key("Excessive force against protestors"),
				SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
	}

	private AcledFormat() {
	}

	private static void event(EventType type, String label) {
		EVENT_TYPES.put(type, label);
		EVENT_TYPES_BY_LABEL.put(key(label), type);
	}

	private static void sub(SubEventType type, String label) {
		SUB_EVENT_TYPES.put(type, label);
		SUB_EVENT_TYPES_BY_LABEL.put(key(label), type);
	}

	static String label(EventType type) {
		return EVENT_TYPES.get(type);
	}

	static String label(SubEventType type) {
		return SUB_EVENT_TYPES.get(type);
	}

	/** The event type ACLED's label names, whatever the case and spacing; or null. */
	static EventType eventType(String label) {
		return EVENT_TYPES_BY_LABEL.get(key(label));
	}

	/** The sub-event type ACLED's label names, whatever the case and spacing; or null. */
	static SubEventType subEventType(String label) {
		return SUB_EVENT_TYPES_BY_LABEL.get(key(label));
	}

	/**
	 * ACLED's disorder type of a sub-event type: political violence (battles, remote
	 * violence, violence against civilians, mob violence), demonstrations (protests and
	 * violent demonstrations), both for excessive force against protesters, and strategic
	 * developments.
	 */
	static String disorderType(SubEventType type) {
		return switch (type) {
			case EXCESSIVE_FORCE_AGAINST_PROTESTERS -> "Political violence; Demonstrations";
			case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, VIOLENT_DEMONSTRATION -> "Demonstrations";
			case MOB_VIOLENCE -> "Political violence";
			default -> switch (type.getEventType()) {
				case BATTLES, EXPLOSIONS_REMOTE_VIOLENCE, VIOLENCE_AGAINST_CIVILIANS -> "Political violence";
				case PROTESTS, RIOTS -> "Demonstrations";
				case STRATEGIC_DEVELOPMENTS -> "Strategic developments";
			};
		};
	}

	/**
	 * ACLED's time precision of a date: 1 for a day, 3 for a month; none for a year or an
	 * unknown date, which ACLED has no code for.
	 */
	static String timePrecision(DatePrecision precision) {
		return switch (precision) {
			case DAY -> "1";
			case MONTH -> "3";
			case YEAR, UNKNOWN -> "";
		};
	}

	/**
	 * ACLED's geo precision of a location: 1 the place itself, 2 near it, 3 a district,
	 * province, country or border area (only a larger region known); none when unknown.
	 */
	static String geoPrecision(LocationPrecision precision) {
		return switch (precision) {
			case EXACT -> "1";
			case NEAR -> "2";
			case ADMIN2, ADMIN1, COUNTRY, BORDER_AREA -> "3";
			case UNKNOWN -> "";
		};
	}

	/** The ISO 3166-1 numeric code of a country's alpha-2 code, or null. */
	static Integer isoNumeric(String alpha2) {
		return (alpha2 != null) ? ISO_NUMERIC.get(alpha2) : null;
	}

	/** ACLED's interaction code of the two actor types (either may be null). */
	static String interaction(Integer inter1, Integer inter2) {
		if (inter1 == null && inter2 == null) {
			return "";
		}
		if (inter1 == null || inter2 == null) {
			return String.valueOf(10 * ((inter1 != null) ? inter1 : inter2));
		}
		return String.valueOf(10 * Math.min(inter1, inter2) + Math.max(inter1, inter2));
	}

	/**
	 * A label as compared: without accents, case, surrounding or repeated spaces.
	 */
	static String key(String label) {
		if (label == null) {
			return "";
		}
		String plain = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}

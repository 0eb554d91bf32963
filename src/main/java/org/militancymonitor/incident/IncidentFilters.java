package org.militancymonitor.incident;

import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.review.ReviewStatus;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * The rules of the incident list's filter beyond its own fields, for the page and the API
 * alike: a status other than published or retracted only for those who read drafts, and
 * slugs that name a region of the right level and a group; a wrong one is a field error.
 */
@Component
class IncidentFilters {

	/** What readers without editing rights may list: drafts are not theirs to see. */
	static final ReviewStatus[] PUBLIC_STATUSES = { ReviewStatus.PUBLISHED, ReviewStatus.RETRACTED };

	private final RegionDirectory regions;

	private final IncidentNames groups;

	IncidentFilters(RegionDirectory regions, IncidentNames groups) {
		this.regions = regions;
		this.groups = groups;
	}

	/**
	 * Checks the filter's status against what the requester may read and resolves its
	 * slugs; field errors go to {@code result}.
	 */
	ResolvedFilter resolve(IncidentFilter filter, BindingResult result, boolean readsDrafts) {
		if (!readsDrafts && !filter.getStatus().isPublic() && !result.hasFieldErrors("status")) {
			result.rejectValue("status", "typeMismatch.status");
		}
		Long country = regionId(filter.getCountry(), RegionLevel.COUNTRY, "country", result);
		Long province = regionId(filter.getProvince(), RegionLevel.ADMIN1, "province", result);
		if (country != null && province != null
				&& this.regions.find(filter.getProvince())
					.map((p) -> filter.getCountry().equals(p.parentSlug()))
					.orElse(false)) {
			country = null; // the province lies in the country: filtering by it alone
							// says both
		}
		Long group = null;
		if (filter.getGroup() != null && !result.hasFieldErrors("group")) {
			group = this.groups.group(filter.getGroup()).map(GroupChoice::id).orElse(null);
			if (group == null) {
				result.rejectValue("group", "filter.unknownGroup");
			}
		}
		return new ResolvedFilter(filter, country, province, group);
	}

	private Long regionId(String slug, RegionLevel level, String field, BindingResult result) {
		if (slug == null || result.hasFieldErrors(field)) {
			return null;
		}
		RegionOption region = this.regions.find(slug).filter((r) -> r.level() == level).orElse(null);
		if (region == null) {
			result.rejectValue(field, "filter.unknownRegion");
			return null;
		}
		return region.id();
	}

}

package org.militancymonitor.incident;

import jakarta.servlet.http.HttpServletRequest;
import org.militancymonitor.region.RegionDirectory;
import org.militancymonitor.region.RegionLevel;
import org.militancymonitor.region.RegionOption;
import org.militancymonitor.review.ReviewStatus;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The incident list's filter checked against the data and the requester, for the list and
 * for its exports alike: its slugs resolved to the regions and the group they name, and
 * drafts only for those who may read them.
 */
@Component
class IncidentFilters {

	/** What readers without editing rights may list: drafts are not theirs to see. */
	private static final ReviewStatus[] PUBLIC_STATUSES = { ReviewStatus.PUBLISHED, ReviewStatus.RETRACTED };

	private final RegionDirectory regions;

	private final IncidentNames groups;

	IncidentFilters(RegionDirectory regions, IncidentNames groups) {
		this.regions = regions;
		this.groups = groups;
	}

	/** The choices the filter form offers this requester. */
	void addChoices(Model model, HttpServletRequest request) {
		model.addAttribute("countries", this.regions.countries());
		model.addAttribute("provinces", this.regions.provinces());
		model.addAttribute("groups", this.groups.groupChoices());
		model.addAttribute("eventTypes", EventType.values());
		model.addAttribute("statuses", readsDrafts(request) ? ReviewStatus.values() : PUBLIC_STATUSES);
	}

	/**
	 * The filter resolved, or null with field errors in {@code result}: a slug that names
	 * no region or group of the right kind, or drafts asked for by someone who may not
	 * read them.
	 */
	ResolvedFilter resolve(IncidentFilter filter, BindingResult result, HttpServletRequest request) {
		if (!readsDrafts(request) && !filter.getStatus().isPublic() && !result.hasFieldErrors("status")) {
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
		return result.hasErrors() ? null : new ResolvedFilter(filter, country, province, group);
	}

	static boolean readsDrafts(HttpServletRequest request) {
		return request.isUserInRole("EDITOR") || request.isUserInRole("MANAGER");
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

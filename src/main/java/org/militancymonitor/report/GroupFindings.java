package org.militancymonitor.report;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report findings that concern a group, for its profile.
 */
@Service
@Transactional(readOnly = true)
public class GroupFindings {

	private final EntityManager entityManager;

	public GroupFindings(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The findings about a group with their reports and evidence, in one query.
	 */
	public List<FindingView> about(long groupId) {
		return this.entityManager.createQuery("""
				select f from ReportFinding f join f.groups g
				join fetch f.report r
				join fetch f.claim c
				where g.id = :groupId
				order by r.published.date desc nulls last, r.id, f.position, f.id
				""", ReportFinding.class)
			.setParameter("groupId", groupId)
			.getResultList()
			.stream()
			.map((f) -> new FindingView(f.getReport().getSlug(), f.getReport().getTitle(),
					f.getReport().getIssuingBody(), f.getReport().getPublished(), f.getSummary(),
					f.getClaim().getEvidence()))
			.toList();
	}

}

package org.militancymonitor.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

/**
 * The groups a finding may concern, by the ids a form's names resolve to.
 */
interface FindingGroupRepository extends Repository<FindingGroup, Long> {

	List<FindingGroup> findByIdIn(Collection<Long> ids);

}

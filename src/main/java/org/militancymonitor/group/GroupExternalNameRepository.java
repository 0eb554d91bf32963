package org.militancymonitor.group;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * The crosswalk's entries as editors change them, each with its group (whose slug its
 * pages need).
 */
interface GroupExternalNameRepository extends JpaRepository<GroupExternalName, Long> {

	@Query("select x from GroupExternalName x join fetch x.group left join fetch x.claim where x.id = :id")
	Optional<GroupExternalName> findWithGroup(long id);

	/** The live entry of the dataset with this name: a retracted one leaves it free. */
	@Query("select x from GroupExternalName x join fetch x.group where x.dataset = :dataset and x.name = :name "
			+ "and x.retraction.retractedAt is null")
	Optional<GroupExternalName> findByName(ExternalDataset dataset, String name);

	/** The live entry of the dataset with this identifier. */
	@Query("select x from GroupExternalName x join fetch x.group where x.dataset = :dataset "
			+ "and x.externalId = :externalId and x.retraction.retractedAt is null")
	Optional<GroupExternalName> findByExternalId(ExternalDataset dataset, String externalId);

}

package org.militancymonitor.region;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegionRepository extends JpaRepository<Region, Long> {

	Optional<Region> findBySlug(String slug);

	List<Region> findByLevelOrderByName(RegionLevel level);

	@Query("select r from Region r left join fetch r.parent")
	List<Region> findAllWithParent();

}

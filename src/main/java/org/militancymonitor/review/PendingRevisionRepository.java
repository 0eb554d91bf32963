package org.militancymonitor.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The pending revisions of every kind of record.
 */
public interface PendingRevisionRepository extends Repository<PendingRevision, Long> {

	PendingRevision save(PendingRevision revision);

	void flush();

	Optional<PendingRevision> findById(long id);

	@Query("select r from PendingRevision r where r.status = org.militancymonitor.review.RevisionStatus.PENDING order by r.createdAt, r.id")
	List<PendingRevision> findPending();

	@Query("select r from PendingRevision r where r.kind = :kind and r.recordId = :recordId and r.status = org.militancymonitor.review.RevisionStatus.PENDING order by r.createdAt, r.id")
	List<PendingRevision> findPending(String kind, long recordId);

	@Query("select r from PendingRevision r where r.status = org.militancymonitor.review.RevisionStatus.DRAFT order by r.createdAt, r.id")
	List<PendingRevision> findDrafts();

	@Query("select count(r) from PendingRevision r where r.status = org.militancymonitor.review.RevisionStatus.PENDING")
	long countPending();

}

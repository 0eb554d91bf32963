package org.militancymonitor.account;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findById(long id);

	/**
	 * The account of a username, whatever its case (usernames are stored in lower case).
	 */
	Optional<Account> findByUsername(String username);

	List<Account> findAllByOrderByUsername();

	long count();

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Account a join a.roles r where r = org.militancymonitor.account.Role.ADMIN and a.enabled = true order by a.id")
	List<Account> lockActiveAdmins();

	Account save(Account account);

}

package org.militancymonitor.audit;

import org.junit.jupiter.api.Test;
import org.militancymonitor.PostgresDataJpaTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit is append-only in the database itself (V40): whichever client asks, an
 * UPDATE, DELETE or TRUNCATE of the revisions or of a {@code _aud} table is refused. Each
 * statement runs in its own transaction, since a refused one aborts its transaction.
 */
@PostgresDataJpaTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class AuditTableTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldRefuseToUpdateARevision() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update revision set reason = 'rewritten'").update())
			.havingRootCause()
			.withMessageContaining("the audit is append-only: UPDATE on revision refused");
	}

	@Test
	void shouldRefuseToUpdateOrDeleteTheAuditOfARecord() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("update incident_aud set summary = 'rewritten'").update())
			.havingRootCause()
			.withMessageContaining("UPDATE on incident_aud refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from claim_aud").update())
			.havingRootCause()
			.withMessageContaining("DELETE on claim_aud refused");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("delete from incident_claim_aud").update())
			.havingRootCause()
			.withMessageContaining("DELETE on incident_claim_aud refused");
	}

	@Test
	void shouldRefuseToTruncateTheAudit() {
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.sql("truncate statement_aud").update())
			.havingRootCause()
			.withMessageContaining("TRUNCATE on statement_aud refused");
	}

}

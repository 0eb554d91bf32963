package org.militancymonitor.statement;

interface StatementRepositoryCustom {

	/**
	 * The statements matching the filter, with the groups they concern, as a matrix; in
	 * one statement.
	 */
	StatementMatrix matrix(StatementFilter filter);

}

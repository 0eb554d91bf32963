package org.militancymonitor.incident;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of actor names no import could resolve ({@code acled_actor_name}), for the
 * imports of other formats: a name the editors mapped to a group resolves to it; any
 * other is queued for them (once), in the caller's transaction, and never made a group.
 */
@Component
public class ActorNameQueue {

	private final JdbcClient jdbc;

	ActorNameQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The group the editors mapped the name to; or empty, with the name queued when it
	 * was not yet (pending, dismissed, or mapped to a state, it stays as it is).
	 */
	public Optional<Long> mappedGroupOrQueue(String name) {
		this.jdbc.sql("insert into acled_actor_name (name) values (:name) on conflict (name) do nothing")
			.param("name", name)
			.update();
		return this.jdbc.sql("select group_id from acled_actor_name where name = :name and status = 'MAPPED'")
			.param("name", name)
			.query((rs, n) -> (Long) rs.getObject("group_id"))
			.optional()
			.filter((id) -> id != null);
	}

	/** Whether the name is in the queue (in any state). */
	public boolean isQueued(String name) {
		return this.jdbc.sql("select count(*) from acled_actor_name where name = :name")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

}

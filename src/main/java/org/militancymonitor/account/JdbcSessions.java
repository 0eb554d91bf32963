package org.militancymonitor.account;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions kept in PostgreSQL (the tables of V60) rather than in the instance's memory,
 * when {@code militancy.sessions.store=jdbc}: several instances behind one proxy then
 * share every sign-in, and an instance that stops loses none. One instance keeps them in
 * memory, which costs no statement per request. Ending a disabled user's sessions goes
 * through the same store ({@link SecurityConfiguration#sessionRegistry}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "militancy.sessions.store", havingValue = "jdbc")
@EnableJdbcHttpSession
class JdbcSessions {

}

package org.militancymonitor;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over real PostgreSQL, with MockMvc for page
 * tests. Every test class using it shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
// no warm-up (WarmUp): its renderings would be kept, and tests count on what is kept;
// bcrypt's least strength, since tests sign in and fail to sign in by the hundred
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "militancy.warm-up.duration=0", "militancy.security.bcrypt-strength=4" })
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
public @interface PostgresSpringBootTest {

}

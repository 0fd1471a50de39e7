package org.workershome.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one configuration of every integration test, so that all of them share a single application
 * context (and a single database, cleaned and migrated once): the real app on a random port, with the
 * demo org tree and accounts as fixtures. Tests create what else they need and must not depend on
 * each other's data.
 *
 * <p>The profiles are "demo" then "test": the later one wins, so the test profile's settings (template cache on,
 * cheap password hashes, quiet jobs) override the demo profile's. Tagged {@value #DATABASE}: the PostgreSQL pass
 * of the suite runs only these classes, since a test without the application context cannot differ by database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Tag(IntegrationTest.DATABASE)
@Import(TestInfrastructure.class)
@ContextConfiguration(initializers = TestInfrastructure.MailServer.class)
public @interface IntegrationTest {

    /** The JUnit tag of tests that use the database (pom.xml, execution "postgres"). */
    String DATABASE = "database";
}

package org.workershome.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one configuration of every integration test, so that all of them share a single application
 * context (and a single database, cleaned and migrated once): the real app on a random port, with the
 * demo org tree and accounts as fixtures. Tests create what else they need and must not depend on
 * each other's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import(TestInfrastructure.class)
@ContextConfiguration(initializers = TestInfrastructure.MailServer.class)
public @interface IntegrationTest {
}

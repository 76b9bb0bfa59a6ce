package dev.adolink.server.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Marks an integration test: the whole server on a random port, on the database of this test run
 * ({@link TestDatabase}), against the JVM's Azure DevOps emulator ({@link TestEmulator}), with a
 * {@link MutableClock}, jobs run only by {@code DueJobs}, and a bootstrap superuser whose token is
 * {@link TestApi#ADMIN_TOKEN}. Every class with exactly this annotation (and no other context
 * configuration) shares one Spring context per database, so do not add {@code @MockitoBean},
 * {@code @TestPropertySource} or {@code @DirtiesContext}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "adolink.jobs.run-in-background=false",
      "adolink.bootstrap.admin-email=" + TestApi.ADMIN_EMAIL,
      "adolink.bootstrap.admin-password=" + TestApi.ADMIN_PASSWORD,
      "adolink.bootstrap.api-token=" + TestApi.ADMIN_TOKEN,
      // ranges without a start stop here (default 1,000), so a test of the bound stays small
      "adolink.scm.commit-range-limit=150",
      // gauges read from the database show the state at each scrape (StoredGaugesTest covers the
      // cache)
      "adolink.metrics.refresh-interval=0s",
    })
@ContextConfiguration(initializers = {TestDatabase.class, TestEmulator.class})
@Import(TestSupportConfiguration.class)
public @interface AdolinkIT {}

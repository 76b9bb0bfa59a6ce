package dev.adolink.server.jobs;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Job test support for the shared IT context: {@link DueJobs}, a {@link RecordingJob} and a {@link
 * FollowUpJob}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class JobsTestConfiguration {

  @Bean
  DueJobs dueJobs(
      DataSource dataSource, JobTasks tasks, JsonTaskSerializer serializer, Clock clock) {
    return new DueJobs(dataSource, tasks, serializer, clock, "test");
  }

  @Bean
  RecordingJob recordingJob() {
    return new RecordingJob();
  }

  @Bean
  FollowUpJob followUpJob(Jobs jobs) {
    return new FollowUpJob(jobs);
  }
}

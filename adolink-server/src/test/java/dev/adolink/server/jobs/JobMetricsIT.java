package dev.adolink.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.Prometheus;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Jobs due, running and failed, by type, as {@code /actuator/prometheus} shows them. */
@AdolinkIT
class JobMetricsIT {

  @Autowired Jobs jobs;
  @Autowired DueJobs dueJobs;
  @Autowired RecordingJob recordingJob;
  @Autowired TestApi api;

  @Test
  void aJobIsDueUntilItRunsAndOneThatFailsForGoodIsCountedAsFailedOfItsType() {
    dueJobs.run();
    String key = TrackerFixtures.unique("metrics");
    recordingJob.failPermanently(key);
    Prometheus before = Prometheus.scrape(api);

    jobs.enqueue(RecordingJob.TYPE, key, new RecordingJob.Payload("boom"));
    Prometheus queued = Prometheus.scrape(api);
    dueJobs.run();
    Prometheus failed = Prometheus.scrape(api);

    String type = RecordingJob.TYPE.name();
    assertThat(queued.since(before, "adolink_jobs_due", "type", type)).isEqualTo(1);
    assertThat(failed.value("adolink_jobs_due", "type", type)).isZero();
    assertThat(failed.since(before, "adolink_jobs_failed", "type", type)).isEqualTo(1);
    assertThat(failed.matching("adolink_jobs_running", "type", type)).hasSize(1);
  }

  @Test
  void everyJobTypeHasItsGaugesBeforeAnyJobOfItRanTaggedWithTheApplication() {
    Prometheus scrape = Prometheus.scrape(api);

    assertThat(scrape.matching("adolink_jobs_failed", "type", "sync.delivery")).hasSize(1);
    assertThat(
            scrape.matching("adolink_jobs_due", "type", "sync.outbound", "application", "adolink"))
        .hasSize(1);
  }
}

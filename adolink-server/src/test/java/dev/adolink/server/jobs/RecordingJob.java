package dev.adolink.server.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job for tests: records each run, and fails as often as told for its key. Three attempts, 1 min
 * backoff doubling up to 10 min.
 */
public final class RecordingJob implements Job<RecordingJob.Payload> {

  public record Payload(String text) {}

  public static final JobType<Payload> TYPE =
      new JobType<>(
          "test.recording",
          Payload.class,
          3,
          Backoff.exponential(Duration.ofMinutes(1), Duration.ofMinutes(10)));

  private final List<String> runs = new CopyOnWriteArrayList<>();
  private final List<String> gaveUp = new CopyOnWriteArrayList<>();
  private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
  private final Map<String, Boolean> permanent = new ConcurrentHashMap<>();

  @Override
  public JobType<Payload> type() {
    return TYPE;
  }

  @Override
  public void run(Payload payload, JobContext context) {
    runs.add(context.key() + ":" + payload.text() + ":" + context.attempt());
    AtomicInteger left = failuresLeft.get(context.key());
    if (left != null && left.getAndDecrement() > 0) {
      if (permanent.containsKey(context.key())) {
        throw new PermanentJobFailure("told to fail for good");
      }
      throw new IllegalStateException("told to fail");
    }
  }

  @Override
  public void onFailed(Payload payload, FailedJob failure) {
    gaveUp.add(failure.key());
  }

  /** Makes the next {@code times} runs of this key throw. */
  public void failNext(String key, int times) {
    failuresLeft.put(key, new AtomicInteger(times));
  }

  public void failPermanently(String key) {
    permanent.put(key, true);
    failNext(key, 1);
  }

  /** Runs of this key, as {@code key:text:attempt}. */
  public List<String> runsOf(String key) {
    return runs.stream().filter(run -> run.startsWith(key + ":")).toList();
  }

  public boolean gaveUp(String key) {
    return gaveUp.contains(key);
  }
}

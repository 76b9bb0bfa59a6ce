package dev.adolink.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a page asks Azure DevOps (form choices, search, a health check) without waiting for it: the
 * question runs on a small pool and the page waits at most {@link #WAIT}; an answer that comes
 * later is kept (for {@code keep}) so that the page's "retry" shows it at once. A question asked
 * again while it runs joins it instead of asking ADO twice. Failures are kept only until a page has
 * shown them once.
 */
@Component
class AdoAnswers implements DisposableBean {

  /** What a page says when ADO took longer than {@link #WAIT}. */
  static final String LATE = "Azure DevOps did not answer in time.";

  /** How long a page waits for ADO: pages must render in well under a second whatever ADO does. */
  static final Duration WAIT = Duration.ofMillis(500);

  /**
   * How long an action (a form post that asks ADO, answered with a redirect to a page that may wait
   * {@link #WAIT} itself) waits before it goes on in the background: both within a second.
   */
  static final Duration ACTION_WAIT = Duration.ofMillis(250);

  /** At most this many questions wait for ADO at once; more are answered "late" at once. */
  private static final int THREADS = 4;

  private static final int QUEUED = 64;

  /**
   * An answer: a value, a failure, or neither (late: still running).
   *
   * @param started when the question was asked (for "running since")
   */
  record Answer<T>(@Nullable T value, @Nullable RuntimeException failure, Instant started) {

    boolean late() {
      return value == null && failure == null;
    }
  }

  private record Question(CompletableFuture<Object> future, Instant started, Duration keep) {}

  private final ConcurrentMap<String, Question> questions = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor pool;
  private final Clock clock;

  AdoAnswers(Clock clock) {
    this.clock = clock;
    AtomicInteger threads = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            THREADS,
            THREADS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(QUEUED),
            task -> {
              Thread thread = new Thread(task, "ado-answers-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /**
   * The answer to {@code key}: kept, joined while running, or asked now; waits at most {@link
   * #WAIT}.
   *
   * @param keep how long a successful answer is reused
   */
  <T> Answer<T> ask(String key, Duration keep, Supplier<T> question) {
    return ask(key, keep, question, WAIT);
  }

  /** As {@link #ask(String, Duration, Supplier)}, waiting at most {@code wait}. */
  <T> Answer<T> ask(String key, Duration keep, Supplier<T> question, Duration wait) {
    return await(key, start(key, keep, question), wait);
  }

  /** Starts the question (unless it runs or is kept) without waiting for it. */
  <T> void startInBackground(String key, Duration keep, Supplier<T> question) {
    start(key, keep, question);
  }

  /** The question's answer so far, without asking ADO: empty when it was never asked. */
  <T> Optional<Answer<T>> peek(String key) {
    Question asked = fresh(key);
    return asked == null ? Optional.empty() : Optional.of(now(key, asked));
  }

  /** Forgets the answer, so that the next {@link #ask} asks ADO again. */
  void forget(String key) {
    questions.remove(key);
  }

  private <T> Question start(String key, Duration keep, Supplier<T> question) {
    Question kept = fresh(key);
    if (kept != null) {
      return kept;
    }
    CompletableFuture<Object> future = new CompletableFuture<>();
    Question asked = new Question(future, clock.instant(), keep);
    Question raced = questions.putIfAbsent(key, asked);
    if (raced != null) {
      return raced;
    }
    try {
      pool.execute(
          () -> {
            try {
              future.complete(question.get());
            } catch (RuntimeException e) {
              future.completeExceptionally(e);
            }
          });
    } catch (RejectedExecutionException e) {
      questions.remove(key, asked);
    }
    return asked;
  }

  private @Nullable Question fresh(String key) {
    Question asked = questions.get(key);
    if (asked == null) {
      return null;
    }
    boolean stale =
        asked.future().isDone()
            && !asked.future().isCompletedExceptionally()
            && asked.started().plus(asked.keep()).isBefore(clock.instant());
    if (stale) {
      questions.remove(key, asked);
      return null;
    }
    return asked;
  }

  private <T> Answer<T> await(String key, Question asked, Duration wait) {
    // a question already asked for longer than a page waits was late once: no page waits for it
    Duration age = Duration.between(asked.started(), clock.instant());
    Duration left = WAIT.minus(age).isNegative() ? Duration.ZERO : WAIT.minus(age);
    try {
      asked
          .future()
          .get(
              withinPage(wait.compareTo(left) < 0 ? wait : left).toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // answered by now() below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return now(key, asked);
  }

  /**
   * The wait, cut to what is left of the page's own {@link #WAIT}: the questions of one request
   * share it (the issue page asks for the state colours and the form's choices), so that a page
   * never waits more than {@link #WAIT} in all. Outside a request, the wait as given.
   */
  private static Duration withinPage(Duration wait) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return wait;
    }
    long now = System.nanoTime();
    Object deadline = request.getAttribute(DEADLINE, RequestAttributes.SCOPE_REQUEST);
    if (!(deadline instanceof Long)) {
      deadline = now + WAIT.toNanos();
      request.setAttribute(DEADLINE, deadline, RequestAttributes.SCOPE_REQUEST);
    }
    long left = Math.max(0, (Long) deadline - now);
    return wait.toNanos() < left ? wait : Duration.ofNanos(left);
  }

  private static final String DEADLINE = AdoAnswers.class.getName() + ".deadline";

  @SuppressWarnings("unchecked")
  private <T> Answer<T> now(String key, Question asked) {
    CompletableFuture<Object> future = asked.future();
    if (!future.isDone()) {
      return new Answer<>(null, null, asked.started());
    }
    try {
      return new Answer<>((T) future.join(), null, asked.started());
    } catch (RuntimeException e) {
      questions.remove(key, asked);
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Answer<>(
          null,
          cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause),
          asked.started());
    }
  }

  @Override
  public void destroy() {
    pool.shutdownNow();
  }
}

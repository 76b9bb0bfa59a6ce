package dev.adolink.server.scm;

import dev.adolink.azure.Organization;
import dev.adolink.azure.git.GitCommit;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Stores the commits ADO lists (a range, a push) that are not stored yet. The missing commits are
 * read in the order they are listed, one call each (full message and changes), {@link
 * ScmProperties#commitConcurrency()} at a time under the client's per-organization limit, while the
 * next pages are listed; each page is stored once its reads are done (in its own transaction, in
 * the listed order, while the next reads go on), so progress shows and a retry after a failure
 * reads only what was not stored. A commit whose message holds {@value #SKIP} is neither read (when
 * the list's first line shows the marker) nor stored.
 */
@Component
class CommitFetcher {

  static final String SKIP = "#skipadolink";

  /**
   * What a fetch tells as it goes: {@link #listed} on the fetching thread, {@link #done} by each
   * page's store in turn on a reader thread (so the two may overlap; {@code done} calls do not).
   */
  interface Progress {

    Progress NONE =
        new Progress() {
          @Override
          public void listed(int commits) {}

          @Override
          public void done(int commits) {}
        };

    /** The listing has ended with this many commits. */
    void listed(int commits);

    /** This many more listed commits are done (read and stored, found stored, or skipped). */
    void done(int commits);
  }

  /**
   * The reads of one listed page.
   *
   * @param known how many of the page's commits are stored already or skipped, not read
   */
  private record Page(int known, List<CompletableFuture<GitCommit>> reads) {

    CompletableFuture<Void> read() {
      return CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new));
    }
  }

  private final CommitRepository commits;
  private final CommitReaders readers;
  private final ScmProperties properties;
  private final Clock clock;

  CommitFetcher(
      CommitRepository commits, CommitReaders readers, ScmProperties properties, Clock clock) {
    this.commits = commits;
    this.readers = readers;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Pages are stored one after the other on a reader thread, each once it is read, while this
   * thread goes on starting reads: storing never holds the reads up. A failed read or store stops
   * the reads not started yet; the pages before the failed one are stored, the others are not.
   *
   * @param listed commits as ADO lists them (messages may be truncated), page by page, lazily
   * @return the stored ids of the listed commits, in their order; skipped commits left out
   */
  List<Long> fetch(
      Organization ado, Repo repo, Iterable<List<GitCommit>> listed, Progress progress) {
    Semaphore slots = new Semaphore(properties.commitConcurrency());
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    List<String> shas = new ArrayList<>();
    // the pages whose reads may not be done yet; done pages are let go (a range can be long)
    List<CompletableFuture<Void>> reading = new ArrayList<>();
    CompletableFuture<Void> stored = CompletableFuture.completedFuture(null);
    try {
      for (Iterator<List<GitCommit>> pages = ahead(listed.iterator()); pages.hasNext(); ) {
        List<GitCommit> page = pages.next();
        page.forEach(commit -> shas.add(commit.commitId()));
        Page started = read(ado, repo, page, slots, failure);
        CompletableFuture<Void> read = started.read();
        reading.removeIf(CompletableFuture::isDone);
        reading.add(read);
        stored =
            readers.then(
                stored.thenCompose(previous -> read),
                () -> store(repo, started, progress, failure));
      }
      progress.listed(shas.size());
      join(stored);
    } catch (RuntimeException e) {
      // the reads in flight end, and the pages read completely before the failure are stored
      reading.forEach(read -> read.exceptionally(failed -> null).join());
      stored.exceptionally(failed -> null).join();
      throw e;
    }
    Map<String, Long> ids = commits.ids(repo.id(), shas);
    return shas.stream().filter(ids::containsKey).map(ids::get).distinct().toList();
  }

  /** The same pages, each next one listed while the current one is read. */
  private Iterator<List<GitCommit>> ahead(Iterator<List<GitCommit>> pages) {
    return new Iterator<>() {
      private CompletableFuture<Optional<List<GitCommit>>> next = list();

      private CompletableFuture<Optional<List<GitCommit>>> list() {
        return readers.read(() -> pages.hasNext() ? Optional.of(pages.next()) : Optional.empty());
      }

      @Override
      public boolean hasNext() {
        return join(next).isPresent();
      }

      @Override
      public List<GitCommit> next() {
        List<GitCommit> page = join(next).orElseThrow(NoSuchElementException::new);
        next = list();
        return page;
      }
    };
  }

  /**
   * Starts reading the page's commits that are neither stored nor marked to skip, in order, each as
   * soon as one of the fetch's slots is free; stops at the first failed read or store.
   */
  private Page read(
      Organization ado,
      Repo repo,
      List<GitCommit> page,
      Semaphore slots,
      AtomicReference<RuntimeException> failure) {
    Map<String, Long> stored =
        commits.ids(repo.id(), page.stream().map(GitCommit::commitId).toList());
    List<GitCommit> missing =
        page.stream()
            .filter(c -> !stored.containsKey(c.commitId()) && !skips(c.comment()))
            .toList();
    List<CompletableFuture<GitCommit>> reads = new ArrayList<>(missing.size());
    for (GitCommit commit : missing) {
      slots.acquireUninterruptibly();
      if (failure.get() != null) {
        slots.release();
        reads.forEach(r -> r.exceptionally(failed -> null).join());
        throw failure.get();
      }
      reads.add(
          readers.read(
              () -> {
                try {
                  return ado.git().commitWithChanges(repo.externalId(), commit.commitId());
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e);
                  throw e;
                } finally {
                  slots.release();
                }
              }));
    }
    return new Page(page.size() - missing.size(), reads);
  }

  private void store(
      Repo repo, Page page, Progress progress, AtomicReference<RuntimeException> failure) {
    try {
      List<FetchedCommit> read =
          page.reads().stream()
              .map(CommitFetcher::join)
              .filter(commit -> !skips(commit.comment()))
              .map(FetchedCommit::of)
              .toList();
      if (!read.isEmpty()) {
        try {
          commits.insert(repo.id(), read, clock.instant());
        } catch (DuplicateKeyException storedMeanwhile) {
          // a push delivery (or another release) stored some of them since: store the rest
          commits.insert(repo.id(), read, clock.instant());
        }
      }
    } catch (RuntimeException e) {
      failure.compareAndSet(null, e);
      throw e;
    }
    progress.done(page.known() + page.reads().size());
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  static boolean skips(@Nullable String message) {
    return message != null && message.toLowerCase(Locale.ROOT).contains(SKIP);
  }
}

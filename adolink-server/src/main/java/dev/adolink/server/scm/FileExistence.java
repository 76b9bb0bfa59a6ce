package dev.adolink.server.scm;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.git.GitVersion;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.InstallationPausedException;
import dev.adolink.server.integration.Installations;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether a file exists in a repository on a branch, asked of ADO and remembered for {@link
 * ScmProperties#fileLinkTtl()} (on the injected clock). Failures are not remembered. A cache per
 * server instance: losing it costs only ADO calls.
 */
@Component
class FileExistence {

  enum Result {
    FOUND,
    MISSING,
    /** ADO could not be asked (outage, paused or removed installation) */
    UNAVAILABLE
  }

  private static final Logger log = LoggerFactory.getLogger(FileExistence.class);
  private static final int MAX_ENTRIES = 20_000;

  private record Key(long repositoryId, String branch, String path) {}

  private record Entry(boolean exists, Instant expires) {}

  private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
  private final Installations installations;
  private final ScmProperties properties;
  private final Clock clock;

  FileExistence(Installations installations, ScmProperties properties, Clock clock) {
    this.installations = installations;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * @param path with a leading slash
   */
  Result check(Repo repo, String path, String branch) {
    Key key = new Key(repo.id(), branch, path);
    Instant now = clock.instant();
    Entry cached = cache.get(key);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.exists() ? Result.FOUND : Result.MISSING;
    }
    Optional<Installation> installation =
        installations.find(repo.organizationId(), repo.installationId());
    if (installation.isEmpty()) {
      return Result.UNAVAILABLE;
    }
    boolean exists;
    try {
      exists =
          installations
              .client(installation.get())
              .git()
              .itemExists(repo.externalId(), path, GitVersion.branch(branch));
    } catch (AzureDevOpsException | InstallationPausedException e) {
      log.info("could not check {} in {}: {}", path, repo.name(), e.getMessage());
      return Result.UNAVAILABLE;
    }
    if (cache.size() >= MAX_ENTRIES) {
      cache.values().removeIf(entry -> !now.isBefore(entry.expires()));
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
    }
    cache.put(key, new Entry(exists, now.plus(properties.fileLinkTtl())));
    return exists ? Result.FOUND : Result.MISSING;
  }
}

package dev.adolink.server.integration;

import dev.adolink.server.integration.SubscriptionRepository.SecretRow;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells which installation a webhook delivery is for, from its ADO organization id and its {@code
 * shared-secret} header (one ADO organization can be installed in several tracker organizations,
 * each with its own secrets). Secrets are kept in memory as SHA-256 digests per ADO organization,
 * compared in constant time, dropped when this server changes them, and reloaded when a secret does
 * not match or after a minute, so that changes made by another instance are seen.
 */
@Component
public class WebhookSecrets {

  private static final Duration TTL = Duration.ofMinutes(1);

  /** What a delivery's credentials amount to. */
  public enum Outcome {
    ACCEPTED,
    NO_INSTALLATION,
    MISSING_SECRET,
    WRONG_SECRET
  }

  /**
   * @param installationId the installation the secret identifies, when {@code ACCEPTED}
   */
  public record Verdict(Outcome outcome, long installationId) {}

  /** The installation a secret names, and its ADO organization. */
  public record Identified(long installationId, String adoOrganizationId) {}

  private record Known(long installationId, byte @Nullable [] digest) {}

  private record Entry(List<Known> known, Instant loadedAt) {}

  private final SubscriptionRepository subscriptions;
  private final CredentialVault vault;
  private final Clock clock;
  private final ConcurrentMap<String, Entry> cache = new ConcurrentHashMap<>();

  WebhookSecrets(SubscriptionRepository subscriptions, CredentialVault vault, Clock clock) {
    this.subscriptions = subscriptions;
    this.vault = vault;
    this.clock = clock;
  }

  public Verdict verify(String adoOrganizationId, @Nullable String sharedSecret) {
    String key = adoOrganizationId.toLowerCase(Locale.ROOT);
    Entry entry = cache.get(key);
    boolean fresh = false;
    if (entry == null || entry.loadedAt().plus(TTL).isBefore(clock.instant())) {
      entry = load(key);
      fresh = true;
    }
    if (entry.known().isEmpty()) {
      return new Verdict(Outcome.NO_INSTALLATION, 0);
    }
    if (sharedSecret == null || sharedSecret.isEmpty()) {
      return new Verdict(Outcome.MISSING_SECRET, 0);
    }
    byte[] presented = sha256(sharedSecret);
    long match = match(entry, presented);
    if (match == 0 && !fresh) {
      entry = load(key);
      match = match(entry, presented);
    }
    return match == 0
        ? new Verdict(entry.known().isEmpty() ? Outcome.NO_INSTALLATION : Outcome.WRONG_SECRET, 0)
        : new Verdict(Outcome.ACCEPTED, match);
  }

  /**
   * The installation whose secret this is, looked up among all installations: for a delivery whose
   * body (naming its ADO organization) was not read. Reads every secret from the database, so it is
   * for rare cases (a body over the size limit), not for every delivery.
   */
  public Optional<Identified> identify(@Nullable String sharedSecret) {
    if (sharedSecret == null || sharedSecret.isEmpty()) {
      return Optional.empty();
    }
    byte[] presented = sha256(sharedSecret);
    Identified match = null;
    for (SecretRow row : subscriptions.allSecrets()) {
      String sealed = row.sealedSecret();
      if (sealed != null && MessageDigest.isEqual(sha256(vault.openSecret(sealed)), presented)) {
        match = new Identified(row.installationId(), row.adoOrganizationId());
      }
    }
    return Optional.ofNullable(match);
  }

  /** Compares with every known secret, without stopping at the first match. */
  private static long match(Entry entry, byte[] presented) {
    long match = 0;
    for (Known known : entry.known()) {
      if (known.digest() != null && MessageDigest.isEqual(known.digest(), presented)) {
        match = known.installationId();
      }
    }
    return match;
  }

  private Entry load(String key) {
    List<Known> known = new ArrayList<>();
    for (SecretRow row : subscriptions.secrets(key)) {
      String sealed = row.sealedSecret();
      known.add(
          new Known(
              row.installationId(), sealed == null ? null : sha256(vault.openSecret(sealed))));
    }
    Entry entry = new Entry(List.copyOf(known), clock.instant());
    if (known.isEmpty()) {
      cache.remove(key);
    } else {
      cache.put(key, entry);
    }
    return entry;
  }

  /** Forgets the ADO organizations' secrets once the current transaction commits (or now). */
  void invalidate(Set<String> adoOrganizationIds) {
    Runnable drop =
        () -> adoOrganizationIds.forEach(id -> cache.remove(id.toLowerCase(Locale.ROOT)));
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              drop.run();
            }
          });
    }
    drop.run();
  }

  void invalidate(String adoOrganizationId) {
    invalidate(Set.of(adoOrganizationId));
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}

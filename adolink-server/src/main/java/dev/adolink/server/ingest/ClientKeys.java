package dev.adolink.server.ingest;

import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.PublicUrl;
import dev.adolink.server.tracker.Project;
import dev.adolink.server.tracker.ProjectCreated;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client keys of projects and their DSNs. Every project gets a key named "Default" when it is
 * created (in the same transaction); more are added on demand. The DSN is {@code
 * {scheme}://{public}@{host}[:port][/path]/{projectId}} of {@code ADOLINK_PUBLIC_URL}.
 */
@Service
public class ClientKeys {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ClientKeyRepository keys;
  private final PublicUrl publicUrl;
  private final Clock clock;

  ClientKeys(ClientKeyRepository keys, PublicUrl publicUrl, Clock clock) {
    this.keys = keys;
    this.publicUrl = publicUrl;
    this.clock = clock;
  }

  @EventListener
  void projectCreated(ProjectCreated event) {
    create(event.project().id(), "Default", null);
  }

  @Transactional
  ClientKey create(long projectId, String name, ClientKey.@Nullable RateLimit rateLimit) {
    String publicKey = random();
    long id = keys.insert(projectId, name, publicKey, random(), rateLimit, clock.instant());
    return keys.byPublicKey(publicKey)
        .filter(key -> key.id() == id)
        .orElseThrow(() -> new IllegalStateException("key " + id + " vanished"));
  }

  List<ClientKey> of(long projectId) {
    return keys.ofProject(projectId);
  }

  /** The first active key's public DSN of a project (for setup snippets), if it has one. */
  public Optional<String> dsn(Project project) {
    return keys.ofProject(project.id()).stream()
        .filter(ClientKey::active)
        .findFirst()
        .map(key -> dsn(key, false));
  }

  Optional<ClientKey> byPublicKey(String publicKey) {
    return keys.byPublicKey(publicKey);
  }

  ClientKey require(long projectId, String publicKey) {
    return keys.byPublicKey(publicKey)
        .filter(key -> key.projectId() == projectId)
        .orElseThrow(() -> ApiException.notFound("Client key " + publicKey + " not found"));
  }

  @Transactional
  ClientKey update(
      ClientKey key, String name, boolean active, ClientKey.@Nullable RateLimit rateLimit) {
    keys.update(key.id(), name, active, rateLimit);
    return require(key.projectId(), key.publicKey());
  }

  @Transactional
  void delete(ClientKey key) {
    keys.delete(key.id());
  }

  String dsn(ClientKey key, boolean withSecret) {
    URI base = URI.create(publicUrl.base());
    String user = withSecret ? key.publicKey() + ":" + key.secretKey() : key.publicKey();
    String port = base.getPort() < 0 ? "" : ":" + base.getPort();
    String path = base.getRawPath() == null ? "" : base.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return base.getScheme()
        + "://"
        + user
        + "@"
        + base.getHost()
        + port
        + path
        + "/"
        + key.projectId();
  }

  private static String random() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}

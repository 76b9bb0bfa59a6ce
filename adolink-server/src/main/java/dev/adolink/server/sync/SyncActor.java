package dev.adolink.server.sync;

import dev.adolink.azure.identity.Identity;
import dev.adolink.server.tracker.ChangeSource;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who acted, as the sync log says it: {@code type} is {@code user}, {@code release}, {@code ingest}
 * (an event sent by an application's SDK) or {@code azure_devops} (a change made in ADO, {@code
 * name} its {@code System.ChangedBy}); {@code name} a person's or integration's name when known.
 */
public record SyncActor(String type, @Nullable String name) {

  static final String USER = "user";
  static final String RELEASE = "release";
  static final String INGEST = "ingest";
  static final String AZURE_DEVOPS = "azure_devops";

  /** The actor in words: "Ada Lovelace", "a release's commits", "Bob in Azure DevOps". */
  public String words() {
    return switch (type) {
      case USER -> name == null ? "a user" : name;
      case RELEASE -> name == null ? "a release's commits (Fixes)" : name;
      case INGEST -> "an application's error report";
      case AZURE_DEVOPS -> name == null ? "someone in Azure DevOps" : name + " in Azure DevOps";
      default -> name == null ? type : name;
    };
  }

  /** The actor of an inbound revision: ADO's {@code System.ChangedBy}. */
  static SyncActor changedBy(Optional<Identity> changedBy) {
    return new SyncActor(
        AZURE_DEVOPS,
        changedBy.map(id -> id.displayName() != null ? id.displayName() : id.email()).orElse(null));
  }

  /** The actor of a tracker change; {@code userName} the user's name for a user's change. */
  static SyncActor of(ChangeSource source, @Nullable String userName) {
    return switch (source.kind()) {
      case USER -> new SyncActor(USER, userName);
      case RELEASE -> new SyncActor(RELEASE, null);
      case EVENT -> new SyncActor(INGEST, null);
      case INTEGRATION -> new SyncActor(AZURE_DEVOPS, "integration " + source.id());
    };
  }
}

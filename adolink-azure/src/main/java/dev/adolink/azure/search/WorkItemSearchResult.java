package dev.adolink.azure.search;

import dev.adolink.azure.identity.Identity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One hit. The Search service lowercases field names and sends every value as a string, ids and
 * revisions included, and identities as {@code "Name <email>"}; the accessors convert.
 */
public record WorkItemSearchResult(
    @Nullable ProjectRef project,
    Map<String, String> fields,
    List<Hit> hits,
    @Nullable String url) {

  public WorkItemSearchResult {
    fields = fields == null ? Map.of() : Map.copyOf(fields);
    hits = hits == null ? List.of() : List.copyOf(hits);
  }

  public record ProjectRef(@Nullable String id, @Nullable String name) {}

  /** Where the text matched, with {@code <highlighthit>} marks. */
  public record Hit(@Nullable String fieldReferenceName, List<String> highlights) {}

  public Optional<String> field(String referenceName) {
    return Optional.ofNullable(fields.get(referenceName.toLowerCase(Locale.ROOT)));
  }

  public OptionalInt id() {
    return field("system.id").map(String::trim).filter(v -> v.matches("\\d+")).stream()
        .mapToInt(Integer::parseInt)
        .findFirst();
  }

  public Optional<String> title() {
    return field("system.title");
  }

  public Optional<String> state() {
    return field("system.state");
  }

  public Optional<String> workItemType() {
    return field("system.workitemtype");
  }

  public Optional<Identity> assignedTo() {
    return field("system.assignedto").flatMap(Identity::parse);
  }
}

package dev.adolink.azure.graph;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An IMS identity. {@code id} is the identity id that work item IdentityRefs carry; the email sits
 * in {@code properties.Mail.$value}.
 */
public record IdentityEntry(
    String id,
    @Nullable String descriptor,
    @Nullable String subjectDescriptor,
    @Nullable String providerDisplayName,
    @Nullable String customDisplayName,
    boolean isActive,
    Map<String, JsonNode> properties) {

  public IdentityEntry {
    properties = properties == null ? Map.of() : Map.copyOf(properties);
  }

  public @Nullable String mail() {
    return property("Mail");
  }

  public @Nullable String account() {
    return property("Account");
  }

  public @Nullable String displayName() {
    return customDisplayName != null ? customDisplayName : providerDisplayName;
  }

  private @Nullable String property(String name) {
    JsonNode value = properties.get(name);
    if (value == null) {
      return null;
    }
    JsonNode inner = value.isObject() ? value.path("$value") : value;
    return inner.isValueNode() && !inner.asString().isBlank() ? inner.asString() : null;
  }
}

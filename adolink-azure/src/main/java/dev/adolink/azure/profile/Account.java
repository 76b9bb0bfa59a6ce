package dev.adolink.azure.profile;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An organization the user belongs to. {@code accountUri} is a vssps URL, not the organization's
 * base URL: resolve that with {@link ProfileApi#organizationUrl(String)}.
 */
public record Account(
    String accountId,
    String accountName,
    @Nullable String accountUri,
    @Nullable String organizationName,
    @Nullable Status accountStatus) {

  public enum Status {
    @JsonProperty("none")
    NONE,
    @JsonProperty("enabled")
    ENABLED,
    @JsonProperty("disabled")
    DISABLED,
    @JsonProperty("deleted")
    DELETED,
    @JsonProperty("moved")
    MOVED,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}

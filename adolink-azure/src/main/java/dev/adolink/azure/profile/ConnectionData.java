package dev.adolink.azure.profile;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling and what answers. {@code authenticatedUser.subjectDescriptor} identifies a user
 * across organizations; {@code instanceId} is the organization (collection) id; {@code
 * deploymentType} tells Azure DevOps Services ({@code hosted}) from Server ({@code onPremises}).
 */
public record ConnectionData(
    @Nullable User authenticatedUser,
    @Nullable User authorizedUser,
    @Nullable String instanceId,
    @Nullable String deploymentId,
    @Nullable DeploymentType deploymentType) {

  /** The identity behind the credentials. */
  public record User(
      String id,
      @Nullable String descriptor,
      @Nullable String subjectDescriptor,
      @Nullable String providerDisplayName,
      @Nullable String customDisplayName,
      boolean isActive) {

    public @Nullable String displayName() {
      return customDisplayName != null ? customDisplayName : providerDisplayName;
    }
  }

  public enum DeploymentType {
    @JsonProperty("hosted")
    HOSTED,
    @JsonProperty("onPremises")
    ON_PREMISES,
    @JsonEnumDefaultValue
    UNKNOWN
  }
}

package dev.adolink.server.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The server-wide settings ({@code adolink.*}, from environment variables such as {@code
 * ADOLINK_DATA_DIR}). Features keep their own settings in their own properties record.
 *
 * @param dataDir H2 files and the generated secret key live here
 * @param publicUrl externally reachable base URL (defaults to {@code http://localhost:<port>})
 * @param secretKey base64 AES-256 key; when absent one is generated into {@code dataDir}
 * @param bootstrap superuser and API token created on a start with no users
 * @param maxRequestBody larger request bodies are answered with 413
 */
@Validated
@ConfigurationProperties("adolink")
public record SystemProperties(
    @NotNull Path dataDir,
    @NotNull URI publicUrl,
    @Nullable String secretKey,
    @Valid @DefaultValue Bootstrap bootstrap,
    @NotNull @DefaultValue("1MB") DataSize maxRequestBody) {

  /**
   * {@code ADOLINK_BOOTSTRAP_ADMIN_EMAIL}, {@code ADOLINK_BOOTSTRAP_ADMIN_PASSWORD}, {@code
   * ADOLINK_BOOTSTRAP_API_TOKEN}.
   */
  public record Bootstrap(
      @Nullable String adminEmail, @Nullable String adminPassword, @Nullable String apiToken) {

    public boolean hasAdmin() {
      return adminEmail != null
          && !adminEmail.isBlank()
          && adminPassword != null
          && !adminPassword.isBlank();
    }
  }
}

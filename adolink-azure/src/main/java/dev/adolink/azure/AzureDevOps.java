package dev.adolink.azure;

import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.auth.OAuthTokens;
import dev.adolink.azure.profile.ProfileApi;
import dev.adolink.azure.transport.ApiVersion;
import dev.adolink.azure.transport.CallObserver;
import dev.adolink.azure.transport.RetryPolicy;
import dev.adolink.azure.transport.SharedGate;
import dev.adolink.azure.transport.Sleeper;
import dev.adolink.azure.transport.TransportSettings;
import dev.adolink.azure.transport.Transports;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The client's entry point: immutable configuration and the per-organization state (negotiated
 * api-version, discovered hosts, rate-limit gate, concurrency permits). Create one per application
 * and share it.
 *
 * <pre>{@code
 * AzureDevOps ado = AzureDevOps.builder().build();
 * Organization org = ado.organization("https://dev.azure.com/fabrikam/", PersonalAccessToken.of(pat));
 * org.git().repositories().forEach(repo -> System.out.println(repo.name()));
 * }</pre>
 */
public final class AzureDevOps {

  /** The version in the {@code User-Agent}. */
  public static final String VERSION = "0.1";

  private final Transports transports;

  private AzureDevOps(Transports transports) {
    this.transports = transports;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * An organization by its URL: {@code https://dev.azure.com/{org}/}, {@code
   * https://{org}.visualstudio.com/} or an Azure DevOps Server collection URL. Without {@link
   * Builder#allowInsecureUrls}, only https URLs to public hosts are accepted.
   *
   * @throws IllegalArgumentException when the URL is not acceptable (the message says why)
   */
  public Organization organization(String url, Credentials credentials) {
    return new Organization(transports.organization(url, credentials));
  }

  /**
   * An organization whose highest api-version is known from an earlier session ({@link
   * Organization#apiVersion()} stored by the caller): no request is spent finding it again.
   */
  public Organization organization(String url, Credentials credentials, ApiVersion knownMax) {
    return new Organization(transports.organization(url, credentials, knownMax));
  }

  /** The global profile host for these credentials (profile, accounts, connection data). */
  public ProfileApi profile(Credentials credentials) {
    return ProfileApi.over(transports.global(credentials));
  }

  /** Code exchange for the OAuth install flows (Entra ID and legacy Azure DevOps OAuth). */
  public OAuthTokens oauth() {
    return new OAuthTokens(transports.authContext());
  }

  public TransportSettings settings() {
    return transports.settings();
  }

  /** Immutable once built; every setting has a production default. */
  public static final class Builder {
    private String product = "adolink";
    private URI globalUrl = URI.create("https://app.vssps.visualstudio.com/");
    private boolean allowInsecureUrls;
    private ApiVersion apiVersion = ApiVersion.V7_1;
    private int maxConcurrentRequestsPerOrganization = 8;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private CallObserver observer = CallObserver.NONE;
    private SharedGate sharedGate = SharedGate.NONE;
    private @Nullable HttpClient httpClient;

    private Builder() {}

    /** Names the calling product in the {@code User-Agent} (default {@code adolink}). */
    public Builder product(String product) {
      this.product = Objects.requireNonNull(product);
      return this;
    }

    /** The global profile host; point it at the emulator in tests. */
    public Builder globalUrl(String url) {
      this.globalUrl = URI.create(url);
      return this;
    }

    /** Accept http and local addresses (for the emulator). Off in production: an SSRF guard. */
    public Builder allowInsecureUrls(boolean allow) {
      this.allowInsecureUrls = allow;
      return this;
    }

    /** The api-version to start from (default 7.1); servers may negotiate it down. */
    public Builder apiVersion(ApiVersion version) {
      this.apiVersion = Objects.requireNonNull(version);
      return this;
    }

    public Builder maxConcurrentRequestsPerOrganization(int max) {
      this.maxConcurrentRequestsPerOrganization = max;
      return this;
    }

    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** The clock for token expiry and rate-limit waits; tests pass a settable one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** How waits happen; tests pass one that advances their clock instead of blocking. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    /** Told about every exchange and rate-limit wait, e.g. to count them as metrics. */
    public Builder observer(CallObserver observer) {
      this.observer = Objects.requireNonNull(observer);
      return this;
    }

    /**
     * A rate-limit gate shared with other processes calling the same organizations (default: none),
     * so that a {@code Retry-After} given to one holds them all.
     */
    public Builder sharedGate(SharedGate gate) {
      this.sharedGate = Objects.requireNonNull(gate);
      return this;
    }

    /** The HTTP client (default: HTTP/1.1, no redirects, the connect timeout). */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client);
      return this;
    }

    public AzureDevOps build() {
      HttpClient client =
          httpClient != null
              ? httpClient
              : HttpClient.newBuilder()
                  .version(HttpClient.Version.HTTP_1_1)
                  .followRedirects(HttpClient.Redirect.NEVER)
                  .connectTimeout(connectTimeout)
                  .build();
      TransportSettings settings =
          new TransportSettings(
              product + " adolink-azure/" + VERSION + " Java/" + Runtime.version().feature(),
              globalUrl,
              allowInsecureUrls,
              apiVersion,
              maxConcurrentRequestsPerOrganization,
              retryPolicy,
              requestTimeout,
              clock,
              sleeper,
              client,
              observer,
              sharedGate);
      return new AzureDevOps(new Transports(settings));
    }
  }
}

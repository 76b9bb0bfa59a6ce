package dev.adolink.azure.transport;

import dev.adolink.azure.auth.Credentials;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.error.TransportException;
import dev.adolink.azure.error.UnsupportedFeatureException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.type.TypeReference;

/**
 * Sends calls to one organization (or to the global host) with one set of credentials. Everything
 * cross-cutting happens here, once: host discovery, api-version choice and negotiation, the {@code
 * Authorization}, {@code User-Agent} and {@code X-TFS-FedAuthRedirect} headers, the
 * per-organization concurrency limit and rate-limit gate, retries of 429 and 503, one
 * re-authentication after a 401, and mapping failures to the {@link AzureDevOpsException} family.
 */
public final class Transport {

  private static final System.Logger LOG = System.getLogger(Transport.class.getName());

  private final TransportSettings settings;
  private final OrganizationState state;
  private final Credentials credentials;
  private final TokenRequests tokens;

  Transport(TransportSettings settings, OrganizationState state, Credentials credentials) {
    this.settings = settings;
    this.state = state;
    this.credentials = credentials;
    this.tokens = new TokenRequests(settings);
  }

  /** The organization (or global host) base URL. */
  public OrganizationUrl organization() {
    return state.url;
  }

  /** The highest api-version this organization accepts, as negotiated so far. */
  public ApiVersion apiVersion() {
    return state.versions.cap();
  }

  void lowerApiVersion(ApiVersion known) {
    state.versions.lowerTo(known);
  }

  /** Whether the organization offers {@code host} (e.g. work item search), discovering it once. */
  public boolean offers(Host host) {
    return host == Host.GLOBAL || state.hosts.resolve(host, this::execute) != null;
  }

  public <T> T send(ApiCall call, Class<T> type) {
    return execute(call).decodeRequired(Json.mapper().constructType(type));
  }

  public <T> T send(ApiCall call, TypeReference<T> type) {
    return execute(call).decodeRequired(Json.mapper().getTypeFactory().constructType(type));
  }

  /** Sends a call answered with ADO's list envelope and returns its items. */
  public <T> List<T> sendList(ApiCall call, Class<T> element) {
    return execute(call).decodeList(element);
  }

  /** Sends a call whose answer is not read (deletes). */
  public void run(ApiCall call) {
    execute(call);
  }

  public ApiResponse execute(ApiCall call) {
    int retries = 0;
    boolean renewed = false;
    while (true) {
      ApiVersion cap = state.versions.cap();
      String version = version(call, cap);
      URI uri = uri(call, version);
      String url = Redaction.url(uri);
      String authorization = credentials.authorization(tokens);
      HttpResponse<byte[]> response = exchange(call, uri, url, authorization, version);
      int status = response.statusCode();
      String contentType = response.headers().firstValue("Content-Type").orElse("");
      byte[] body = response.body();
      if (status >= 200 && status < 300) {
        if (ErrorMapper.isSignInPage(status, contentType, body, call.accept())) {
          throw ErrorMapper.failure(call.method(), url, status, ErrorBody.NONE, Duration.ZERO);
        }
        return new ApiResponse(call.method(), url, status, response.headers(), body);
      }
      ErrorBody error = ErrorBody.parse(body, contentType);
      if (status == 401 && !renewed && credentials.renewAfterRejection(authorization, tokens)) {
        renewed = true;
        continue;
      }
      if (VersionNegotiator.isOutOfRange(status, error.typeKey(), error.message())
          && state.versions.lowerAfterRefusal(cap, error.message())) {
        LOG.log(
            Level.INFO, "{0} refused api-version {1}; now using {2}", state.url, cap, apiVersion());
        continue;
      }
      Duration wait = Throttle.retryAfter(response.headers(), settings.clock()).orElse(null);
      if (status == 429 || status == 503) {
        Duration next = wait != null ? wait : settings.retryPolicy().backoff(retries);
        if (retries < settings.retryPolicy().maxRetries()
            && next.compareTo(settings.retryPolicy().maxWait()) <= 0) {
          state.throttle.holdFor(next);
          retries++;
          continue;
        }
        wait = next;
      }
      throw ErrorMapper.failure(
          call.method(), url, status, error, wait == null ? Duration.ZERO : wait);
    }
  }

  private String version(ApiCall call, ApiVersion cap) {
    return call.resource()
        .versionFor(cap)
        .orElseThrow(
            () ->
                unsupported(
                    call,
                    call.resource().name()
                        + " needs api-version "
                        + call.resource().since()
                        + "; "
                        + state.url.name()
                        + " supports "
                        + cap));
  }

  private URI uri(ApiCall call, String version) {
    URI base = base(call);
    String pathAndQuery = call.pathAndQuery();
    char separator = pathAndQuery.indexOf('?') < 0 ? '?' : '&';
    return URI.create(base + pathAndQuery + separator + "api-version=" + version);
  }

  private URI base(ApiCall call) {
    if (call.host() == Host.GLOBAL) {
      return settings.globalUrl();
    }
    URI base = state.hosts.resolve(call.host(), this::execute);
    if (base == null) {
      throw unsupported(
          call,
          call.resource().name()
              + " is not available for "
              + state.url.name()
              + " (no resource area)");
    }
    return base;
  }

  private UnsupportedFeatureException unsupported(ApiCall call, String explanation) {
    return new UnsupportedFeatureException(
        call.method(), Redaction.url(state.url.resolve(call.pathAndQuery())), explanation);
  }

  /**
   * The SSRF guard at each request: the host (the organization's, or one ADO's resource areas
   * named) must resolve to public addresses only, now, not just when the organization was added.
   */
  private static void requirePublicAddress(ApiCall call, URI uri, String url) {
    try {
      PublicAddresses.requirePublic(uri.getHost());
    } catch (UnknownHostException e) {
      throw new TransportException(call.method(), url, "unknown host " + uri.getHost(), e);
    } catch (IllegalArgumentException e) {
      throw new AzureDevOpsException(call.method(), url, 0, null, e.getMessage(), null);
    }
  }

  private HttpResponse<byte[]> exchange(
      ApiCall call, URI uri, String url, String authorization, String version) {
    if (!settings.allowInsecureUrls()) {
      requirePublicAddress(call, uri, url);
    }
    boolean permitted = false;
    try {
      state.permits.acquire();
      permitted = true;
      Throttle.Pass pass = awaitGate(call, url);
      try {
        long started = System.nanoTime();
        HttpResponse<byte[]> response;
        try {
          response =
              settings
                  .httpClient()
                  .send(
                      request(call, uri, authorization, version),
                      HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
          observe(call, 0, started);
          throw e;
        }
        observe(call, response.statusCode(), started);
        LOG.log(Level.DEBUG, "{0} {1} -> {2}", call.method(), url, response.statusCode());
        state.throttle.observe(response.headers(), url).ifPresent(this::shareHold);
        return response;
      } finally {
        if (pass == Throttle.Pass.PROBE) {
          state.throttle.answered();
        }
      }
    } catch (IOException e) {
      throw new TransportException(call.method(), url, describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TransportException(call.method(), url, "interrupted", e);
    } finally {
      if (permitted) {
        state.permits.release();
      }
    }
  }

  /**
   * Waits, just before the request is sent, until neither this process's gate nor the one shared
   * with other processes holds the organization, and, after a hold, until the request sent alone
   * first has been answered ({@link Throttle#pass}); a wait longer than the retry policy's {@code
   * maxWait} is not waited but thrown, so that a job can reschedule itself.
   */
  private Throttle.Pass awaitGate(ApiCall call, String url) throws InterruptedException {
    Duration maxWait = settings.retryPolicy().maxWait();
    while (true) {
      state.throttle.holdUntil(sharedNotBefore());
      Duration wait = state.throttle.remaining();
      if (wait.isZero()) {
        Throttle.Pass pass = state.throttle.pass(settings.requestTimeout().plusSeconds(5));
        if (pass != Throttle.Pass.HELD) {
          return pass;
        }
        continue;
      }
      if (wait.compareTo(maxWait) > 0) {
        throw new RateLimitedException(
            call.method(), url, null, "waiting for an earlier Retry-After", wait);
      }
      state.throttle.awaitTurn(maxWait);
    }
  }

  private Instant sharedNotBefore() {
    try {
      return settings.sharedGate().notBefore(state.url.key());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the shared rate-limit gate could not be read: {0}", e.toString());
      return Instant.EPOCH;
    }
  }

  private void shareHold(Instant until) {
    try {
      settings.sharedGate().hold(state.url.key(), until);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the shared rate-limit gate could not be written: {0}", e.toString());
    }
  }

  private void observe(ApiCall call, int status, long startedNanos) {
    settings
        .observer()
        .exchanged(
            state.url.name(),
            CallObserver.area(call.pathAndQuery()),
            status,
            Duration.ofNanos(System.nanoTime() - startedNanos),
            credentials);
  }

  private HttpRequest request(ApiCall call, URI uri, String authorization, String version) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(settings.requestTimeout())
            .header("Accept", call.accept())
            .header("User-Agent", settings.userAgent())
            .header("X-TFS-FedAuthRedirect", "Suppress")
            .header("Authorization", authorization);
    BodyPublisher body = BodyPublishers.noBody();
    Object content = call.body();
    if (content instanceof ApiCall.VersionedBody versioned) {
      content = versioned.forVersion(version);
    }
    if (content != null) {
      body = BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(content));
      request.header("Content-Type", call.contentType() + "; charset=utf-8");
    }
    return request.method(call.method(), body).build();
  }

  static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}

package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.auth.Authenticator;
import dev.adolink.emulator.auth.Principal;
import dev.adolink.emulator.faults.Admission;
import dev.adolink.emulator.http.BadRequest;
import dev.adolink.emulator.http.Incoming;
import dev.adolink.emulator.http.QueryString;
import dev.adolink.emulator.http.Response;
import dev.adolink.emulator.http.Service;
import dev.adolink.emulator.store.Organization;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request pipeline of the emulated ADO: host (path prefix or legacy {@code Host} header),
 * faults (latency, outage, throttling), route, organization, authentication, api-version, handler,
 * errors, request log. Errors of every kind are rendered here, once, as ADO's error body.
 */
public final class Dispatcher implements Service {

  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
  private static final List<Host> SERVER_HOSTS = List.of(Host.VSSPS, Host.ALMSEARCH, Host.VSRM);

  private final EmulatorContext context;
  private final Router router;
  private final Authenticator authenticator;
  private final Sleeper sleeper;

  /** Waits for injected latency; tests replace it. */
  interface Sleeper {
    void sleep(long millis) throws InterruptedException;
  }

  /** Serves the routes of {@code areas}. */
  public Dispatcher(EmulatorContext context, List<Area> areas) {
    this(context, new Router(Routes.of(areas)), Thread::sleep);
  }

  Dispatcher(EmulatorContext context, Router router, Sleeper sleeper) {
    this.context = context;
    this.router = router;
    this.authenticator = new Authenticator(context.credentials());
    this.sleeper = sleeper;
  }

  @Override
  public Response serve(Incoming incoming) {
    String rawPath = incoming.rawPath();
    String routed = LegacyHosts.route(rawPath, incoming.header("Host"), context.store());
    Host host = Host.of(routed);
    String below =
        routed.length() >= host.prefix().length() ? routed.substring(host.prefix().length()) : "";
    Request request =
        new Request(
            incoming.method(),
            host,
            decodePath(below, host),
            QueryString.parse(incoming.rawQuery()),
            incoming.headers(),
            incoming.body(),
            context.clock().instant());
    return dispatch(request, rawPath, incoming.rawQuery());
  }

  @Override
  public Response unreadable(int status, String message) {
    return error(new AdoException(status, "System.Web.HttpException, System.Web", message, 0));
  }

  /**
   * Decodes each segment ({@code %24Bug} is {@code $Bug}); drops the legacy {@code
   * DefaultCollection} segment of {@code {org}.visualstudio.com/DefaultCollection/}.
   */
  static String decodePath(String raw, Host host) {
    List<String> segments = new ArrayList<>();
    for (String segment : raw.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      segments.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    if (host == Host.ORG
        && segments.size() > 1
        && segments.get(1).equalsIgnoreCase("DefaultCollection")) {
      segments.remove(1);
    }
    return String.join("/", segments);
  }

  /**
   * Serves one request.
   *
   * @param rawPath the path without the leading slash, not yet decoded
   */
  Response dispatch(Request request, String rawPath, String rawQuery) {
    if (request.host() == Host.CONTROL) {
      return serve(request);
    }
    Admission admission = context.faults().admit();
    pause(admission.latencyMs());
    Response response =
        admission.rejection().map(Dispatcher::error).orElseGet(() -> serve(request));
    admission.headers().forEach(response::header);
    if (context.faults().loseAnswer(request.method(), "/" + rawPath, response.status())) {
      response.lose();
    }
    context
        .requestLog()
        .add(
            request.receivedAt().toEpochMilli(),
            request.method(),
            "/" + rawPath,
            rawQuery == null ? "" : rawQuery,
            response.status());
    return response;
  }

  private void pause(long millis) {
    if (millis <= 0) {
      return;
    }
    try {
      sleeper.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Response serve(Request request) {
    try {
      return handle(request);
    } catch (AdoException e) {
      return error(e);
    } catch (BadRequest e) {
      return error(AdoException.invalidArgument(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.ERROR, "unexpected failure serving " + request.method() + " " + request.path(), e);
      return error(
          new AdoException(
              500, e.getClass().getName() + ", emulator", String.valueOf(e.getMessage()), 0));
    }
  }

  private Response handle(Request request) {
    List<String> segments = segments(request.path());
    Router.Resolved resolved = router.resolve(request.method(), request.host(), segments);
    if (resolved == null && request.host() == Host.ORG && !segments.isEmpty()) {
      resolved = serverHostRoute(request, segments);
    }
    if (resolved == null) {
      if (request.host() == Host.CONTROL || !request.path().toLowerCase().contains("_apis")) {
        return Response.html(404, "<html><body><h1>404 - Not found</h1></body></html>");
      }
      throw AdoException.routeNotFound(request.path());
    }
    Route route = resolved.route();
    request.matched(resolved.params());
    Organization org = null;
    if (route.template().hasParam("org")) {
      String name = resolved.params().get("org");
      org = context.store().organization(name).orElseThrow(() -> organizationNotFound(name));
      request.organization(org);
    }
    if (!route.isAnonymous()) {
      Optional<Principal> principal = authenticator.authenticate(request.header("Authorization"));
      if (principal.isEmpty()) {
        return unauthenticated(request);
      }
      if (org != null && !principal.get().mayAccess(org)) {
        throw AdoException.unauthorized(principal.get().user().id().toString());
      }
      request.principal(principal.get());
    }
    Versions.check(request, route, org);
    Response response = route.handler().handle(request);
    if (response.contentType() != null
        && response.contentType().startsWith("application/json")
        && route.versioning() != Route.Versioning.NONE) {
      response.header("Content-Type", Response.JSON_TYPE + "; api-version=" + request.apiVersion());
    }
    return response;
  }

  /** Azure DevOps Server serves graph, search and release on the collection's own host. */
  private Router.Resolved serverHostRoute(Request request, List<String> segments) {
    Optional<Organization> org = context.store().organization(segments.get(0));
    if (org.isEmpty() || !org.get().settings().server()) {
      return null;
    }
    for (Host host : SERVER_HOSTS) {
      Router.Resolved resolved = router.resolve(request.method(), host, segments);
      if (resolved != null) {
        return resolved;
      }
    }
    return null;
  }

  static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static AdoException organizationNotFound(String name) {
    return new AdoException(
        404,
        "Microsoft.VisualStudio.Services.Organization.OrganizationNotFoundException,"
            + " Microsoft.VisualStudio.Services.Organization",
        "The organization '" + name + "' does not exist.",
        3000);
  }

  /**
   * ADO answers a missing or bad credential with 401 when the client sends {@code
   * X-TFS-FedAuthRedirect: Suppress}, and otherwise with 203 and an HTML sign-in page.
   */
  private Response unauthenticated(Request request) {
    boolean suppress =
        request.header("X-TFS-FedAuthRedirect").map("Suppress"::equalsIgnoreCase).orElse(false);
    if (suppress) {
      Response response = error(AdoException.unauthorized("anonymous"));
      response.header(
          "WWW-Authenticate",
          "Bearer authorization_uri="
              + context.urls().global(Host.LOGIN)
              + ", Basic realm=\""
              + context.urls().base()
              + "\"");
      response.header("X-TFS-FedAuthRealm", context.urls().base());
      return response;
    }
    return Response.html(203, SignInPage.HTML);
  }

  /** ADO's answer for {@code e}: its status, body and headers. */
  public static Response error(AdoException e) {
    Response response = Response.json(e.status(), e.body());
    e.headers().forEach(response::header);
    return response;
  }
}

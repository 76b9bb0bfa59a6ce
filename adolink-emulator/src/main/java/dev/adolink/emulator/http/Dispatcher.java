package dev.adolink.emulator.http;

import dev.adolink.emulator.auth.Authenticator;
import dev.adolink.emulator.auth.Principal;
import dev.adolink.emulator.faults.Admission;
import dev.adolink.emulator.store.Organization;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The request pipeline: faults (latency, outage, throttling), route, organization, authentication,
 * api-version, handler, errors, request log. Errors of every kind are rendered here, once.
 */
final class Dispatcher {

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

  Dispatcher(EmulatorContext context, Router router, Sleeper sleeper) {
    this.context = context;
    this.router = router;
    this.authenticator = new Authenticator(context.credentials());
    this.sleeper = sleeper;
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

  static Response error(AdoException e) {
    Response response = Response.json(e.status(), e.body());
    e.headers().forEach(response::header);
    return response;
  }
}

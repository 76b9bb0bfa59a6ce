package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.http.RouteTemplate;
import java.util.List;

/** Finds the route of a request: the most specific template that matches, then the method. */
final class Router {

  /** A matched route with its parameters. */
  record Resolved(Route route, java.util.Map<String, String> params) {}

  private final List<Route> routes;

  Router(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  /**
   * The route for {@code method} on {@code host}; {@code null} when no template matches; throws 405
   * when templates of served resources match but not for this method.
   */
  Resolved resolve(String method, Host host, List<String> segments) {
    Resolved best = null;
    int bestScore = -1;
    boolean pathMatched = false;
    for (Route route : routes) {
      if (route.host() != host) {
        continue;
      }
      RouteTemplate.Match match = route.template().match(segments);
      if (match == null) {
        continue;
      }
      // the location catch-alls (OPTIONS _apis/{area}) match every path: they do not make a
      // resource the emulator does not serve a 405; ADO answers 404 for those
      pathMatched |= !route.method().equals("OPTIONS");
      if (route.method().equals(method) && match.score() > bestScore) {
        best = new Resolved(route, match.params());
        bestScore = match.score();
      }
    }
    if (best == null && pathMatched) {
      throw new AdoException(
          405,
          "System.Web.Http.HttpResponseException, System.Web.Http",
          "The requested resource does not support http method '" + method + "'.",
          0);
    }
    return best;
  }
}

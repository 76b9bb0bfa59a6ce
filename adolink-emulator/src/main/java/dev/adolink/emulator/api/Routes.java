package dev.adolink.emulator.api;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.http.RouteTemplate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The route table. Areas add routes for one host at a time: {@code
 * routes.on(Host.ORG).get("{org}/{project?}/_apis/git/repositories", this::list)}.
 */
public final class Routes {

  private final List<Route> all = new ArrayList<>();

  /** Routes for one host. */
  public final class OnHost {
    private final Host host;

    private OnHost(Host host) {
      this.host = host;
    }

    public Route get(String template, Handler handler) {
      return add("GET", template, handler);
    }

    public Route post(String template, Handler handler) {
      return add("POST", template, handler);
    }

    public Route put(String template, Handler handler) {
      return add("PUT", template, handler);
    }

    public Route patch(String template, Handler handler) {
      return add("PATCH", template, handler);
    }

    public Route delete(String template, Handler handler) {
      return add("DELETE", template, handler);
    }

    public Route add(String method, String template, Handler handler) {
      Route route = new Route(method, host, new RouteTemplate(template), handler);
      all.add(route);
      return route;
    }
  }

  public OnHost on(Host host) {
    return new OnHost(host);
  }

  List<Route> all() {
    return Collections.unmodifiableList(all);
  }

  /** The routes every area registers. */
  static List<Route> of(List<Area> areas) {
    Routes routes = new Routes();
    areas.forEach(area -> area.register(routes));
    return routes.all();
  }
}

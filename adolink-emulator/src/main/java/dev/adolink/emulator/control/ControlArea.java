package dev.adolink.emulator.control;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Handler;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Route;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.clock.EmulatorClock;
import dev.adolink.emulator.faults.Faults;
import dev.adolink.emulator.faults.RequestLog;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API under {@code /_emulator/} (DESIGN §4): organizations and users, reset, request
 * log, faults, the clock, deliveries. No authentication, no api-version.
 */
public final class ControlArea implements Area {

  private final Admin admin;
  private final Faults faults;
  private final RequestLog log;
  private final EmulatorClock clock;
  private final Runnable reset;
  private final Supplier<DeliveryLog> deliveries;

  public ControlArea(
      Admin admin,
      Faults faults,
      RequestLog log,
      EmulatorClock clock,
      Runnable reset,
      Supplier<DeliveryLog> deliveries) {
    this.admin = admin;
    this.faults = faults;
    this.log = log;
    this.clock = clock;
    this.reset = reset;
    this.deliveries = deliveries;
  }

  @Override
  public void register(Routes routes) {
    Routes.OnHost control = routes.on(Host.CONTROL);
    open(control.post("organizations", guarded(this::createOrganization)));
    open(control.post("organizations/{org}/users", guarded(this::addUser)));
    open(control.post("reset", this::reset));
    open(control.get("requests", this::requests));
    open(control.get("faults", r -> Response.ok(FaultsJson.write(faults.settings()))));
    open(control.put("faults", guarded(this::putFaults)));
    open(control.get("clock", r -> Response.ok(clockJson())));
    open(control.post("clock", guarded(this::moveClock)));
    open(control.get("deliveries", this::deliveries));
  }

  /** Control routes: anonymous, unversioned, and an {@link IllegalArgumentException} is a 400. */
  public static Route open(Route route) {
    return route.anonymous().versioning(Route.Versioning.NONE);
  }

  /** Wraps a control handler so bad input answers 400 with its message. */
  public static Handler guarded(Handler handler) {
    return request -> {
      try {
        return handler.handle(request);
      } catch (IllegalArgumentException e) {
        throw AdoException.invalidArgument(e.getMessage());
      }
    };
  }

  private Response createOrganization(Request request) {
    Admin.CreatedOrganization org = admin.createOrganization(request.json());
    return Response.json(201, Json.MAPPER.valueToTree(org));
  }

  private Response addUser(Request request) {

    JsonNode body = request.json();
    Admin.CreatedUser user =
        admin.addUser(
            request.organization(),
            new Admin.UserSpec(
                Json.text(body, "email", null),
                Json.text(body, "displayName", null),
                Json.text(body, "pat", null)));
    return Response.json(201, Json.MAPPER.valueToTree(user));
  }

  private Response reset(Request request) {
    reset.run();
    return Response.noContent();
  }

  private Response requests(Request request) {
    long since = request.query().get("since").map(Long::parseLong).orElse(0L);
    ArrayNode entries = Json.array();
    log.since(since).forEach(e -> entries.add(Json.MAPPER.<JsonNode>valueToTree(e)));
    return Response.ok(entries);
  }

  private Response putFaults(Request request) {

    faults.configure(FaultsJson.read(request.body().length == 0 ? Json.object() : request.json()));
    return Response.ok(FaultsJson.write(faults.settings()));
  }

  /**
   * {@code {advanceSeconds}} moves the clock; {@code {set: iso}} sets it; {@code {freeze: bool}}.
   */
  private Response moveClock(Request request) {

    JsonNode body = request.json();
    if (body.has("freeze")) {
      if (body.path("freeze").asBoolean()) {
        clock.freeze();
      } else {
        clock.unfreeze();
      }
    }
    if (body.hasNonNull("set")) {
      clock.set(Instant.parse(body.path("set").asString()));
    }
    if (body.has("advanceSeconds")) {
      clock.advance(Duration.ofMillis((long) (body.path("advanceSeconds").asDouble() * 1000)));
    }
    return Response.ok(clockJson());
  }

  private ObjectNode clockJson() {
    ObjectNode json = Json.object();
    json.put("now", Json.date(clock.instant()));
    json.put("epochMillis", clock.millis());
    json.put("frozen", clock.frozen());
    return json;
  }

  private Response deliveries(Request request) {
    ArrayNode list = Json.array();
    deliveries.get().deliveries().forEach(d -> list.add(Json.MAPPER.<JsonNode>valueToTree(d)));
    return Response.ok(list);
  }
}

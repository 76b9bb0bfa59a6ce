package dev.adolink.emulator.control;

import dev.adolink.emulator.faults.FaultSettings;
import dev.adolink.emulator.http.Json;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of fault settings, read leniently. */
final class FaultsJson {
  private FaultsJson() {}

  static FaultSettings read(JsonNode body) {
    Optional<FaultSettings.Throttle> throttle = Optional.empty();
    JsonNode t = body.path("throttle");
    if (t.isObject()) {
      String mode = t.path("mode").asString("block").toUpperCase(Locale.ROOT);
      throttle =
          Optional.of(
              new FaultSettings.Throttle(
                  FaultSettings.Mode.valueOf(mode),
                  t.path("retryAfterSeconds").asInt(30),
                  t.path("afterRequests").asInt(0),
                  t.path("repeat").asBoolean(false),
                  t.path("delayMs").asLong(0)));
    }
    Optional<FaultSettings.Outage> outage = Optional.empty();
    JsonNode o = body.path("outage");
    if (o.isObject()) {
      outage =
          Optional.of(
              new FaultSettings.Outage(o.path("status").asInt(503), o.path("requests").asInt(1)));
    }
    Optional<FaultSettings.LostAnswer> lostAnswer = Optional.empty();
    JsonNode l = body.path("lostAnswer");
    if (l.isObject()) {
      lostAnswer =
          Optional.of(
              new FaultSettings.LostAnswer(
                  l.path("method").asString("POST"),
                  l.path("pathContains").asString(""),
                  l.path("requests").asInt(1)));
    }
    return new FaultSettings(body.path("latencyMs").asLong(0), throttle, outage, lostAnswer);
  }

  static ObjectNode write(FaultSettings settings) {
    ObjectNode json = Json.object();
    json.put("latencyMs", settings.latencyMs());
    settings
        .throttle()
        .ifPresent(
            t -> {
              ObjectNode n = json.putObject("throttle");
              n.put("mode", t.mode().name().toLowerCase(Locale.ROOT));
              n.put("retryAfterSeconds", t.retryAfterSeconds());
              n.put("afterRequests", t.afterRequests());
              n.put("repeat", t.repeat());
              n.put("delayMs", t.delayMs());
            });
    settings
        .outage()
        .ifPresent(
            o -> {
              ObjectNode n = json.putObject("outage");
              n.put("status", o.status());
              n.put("requests", o.requests());
            });
    settings
        .lostAnswer()
        .ifPresent(
            l -> {
              ObjectNode n = json.putObject("lostAnswer");
              n.put("method", l.method());
              n.put("pathContains", l.pathContains());
              n.put("requests", l.requests());
            });
    return json;
  }
}

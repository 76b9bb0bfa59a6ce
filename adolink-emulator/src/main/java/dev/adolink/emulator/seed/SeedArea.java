package dev.adolink.emulator.seed;

import dev.adolink.emulator.ado.Host;
import dev.adolink.emulator.api.Area;
import dev.adolink.emulator.api.Request;
import dev.adolink.emulator.api.Routes;
import dev.adolink.emulator.control.ControlArea;
import dev.adolink.emulator.http.Json;
import dev.adolink.emulator.http.Response;

/**
 * {@code POST /_emulator/seed} with a seed document: applies it, answers the organizations created.
 */
public final class SeedArea implements Area {

  private final Seeder seeder;

  public SeedArea(Seeder seeder) {
    this.seeder = seeder;
  }

  @Override
  public void register(Routes routes) {
    ControlArea.open(routes.on(Host.CONTROL).post("seed", ControlArea.guarded(this::seed)));
  }

  private Response seed(Request request) {
    return Response.json(201, Json.MAPPER.valueToTree(seeder.apply(request.json())));
  }
}

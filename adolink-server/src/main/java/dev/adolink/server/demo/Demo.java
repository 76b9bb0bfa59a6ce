package dev.adolink.server.demo;

import dev.adolink.emulator.AdoEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the demo steps share: the emulator, the API, and what earlier steps created (the Azure
 * DevOps organization, the tracker organization, the installation).
 */
public final class Demo {

  public record AdoUser(String email, String displayName, String pat) {}

  /**
   * @param url the organization's base URL in the emulator
   * @param projects the names of its projects
   */
  public record AdoOrganization(
      String id, String name, String url, List<AdoUser> users, List<String> projects) {}

  private final AdoEmulator emulator;
  private final DemoApi api;
  private final String serverUrl;
  private final List<String> notes = new ArrayList<>();
  private @Nullable AdoOrganization ado;
  private @Nullable String organizationSlug;
  private long installationId;

  Demo(AdoEmulator emulator, DemoApi api, String serverUrl) {
    this.emulator = emulator;
    this.api = api;
    this.serverUrl = serverUrl;
  }

  public AdoEmulator emulator() {
    return emulator;
  }

  public DemoApi api() {
    return api;
  }

  /** This server's URL, e.g. {@code http://localhost:8080}. */
  public String serverUrl() {
    return serverUrl;
  }

  public AdoOrganization ado() {
    return Objects.requireNonNull(ado, "the Azure DevOps demo data comes first");
  }

  void ado(AdoOrganization ado) {
    this.ado = ado;
  }

  /** The tracker organization's slug. */
  public String organizationSlug() {
    return Objects.requireNonNull(organizationSlug, "the tracker demo data comes first");
  }

  void organizationSlug(String slug) {
    this.organizationSlug = slug;
  }

  /** The installation connecting the two (0 before the install step). */
  public long installationId() {
    return installationId;
  }

  void installationId(long id) {
    this.installationId = id;
  }

  /** A line printed for the user when the demo is ready. */
  public void note(String line) {
    notes.add(line);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }
}

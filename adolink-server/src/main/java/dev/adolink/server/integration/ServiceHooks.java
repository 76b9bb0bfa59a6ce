package dev.adolink.server.integration;

/**
 * Where the service hook subscriptions adolink creates post their deliveries, and the header that
 * carries each subscription's secret: the one owner of both, for the subscriptions made here and
 * the intake ({@code webhooks}) that receives them.
 */
public final class ServiceHooks {

  /** The intake's path, below {@code ADOLINK_PUBLIC_URL}. */
  public static final String PATH = "/extensions/vsts/issue-updated/";

  /** The HTTP header each subscription sends its own random secret in. */
  public static final String SECRET_HEADER = "shared-secret";

  private ServiceHooks() {}
}

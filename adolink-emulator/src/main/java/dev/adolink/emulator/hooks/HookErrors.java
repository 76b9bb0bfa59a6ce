package dev.adolink.emulator.hooks;

import dev.adolink.emulator.ado.AdoException;
import dev.adolink.emulator.store.User;
import java.util.UUID;

/** The errors of the service hooks API. */
final class HookErrors {

  private static final String HOOKS = "Microsoft.VisualStudio.Services.ServiceHooks.WebApi";

  private HookErrors() {}

  static AdoException notFound(UUID id) {
    return notFound(String.valueOf(id));
  }

  static AdoException notFound(String id) {
    return new AdoException(
        404,
        HOOKS + ".SubscriptionNotFoundException, " + HOOKS,
        "VS1230002: The subscription with ID '" + id + "' does not exist.",
        3000);
  }

  static AdoException invalid(String message) {
    return new AdoException(400, HOOKS + ".SubscriptionInputException, " + HOOKS, message, 3000);
  }

  /** A caller without "Edit subscriptions" in the ServiceHooks security namespace. */
  static AdoException accessDenied(User user) {
    return new AdoException(
        403,
        "Microsoft.VisualStudio.Services.Security.AccessCheckException,"
            + " Microsoft.VisualStudio.Services.WebApi",
        "Access Denied: "
            + user.displayName()
            + " needs the following permission(s) on the resource ServiceHooks to perform this"
            + " action: Edit subscriptions",
        3000);
  }
}

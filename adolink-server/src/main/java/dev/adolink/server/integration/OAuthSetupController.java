package dev.adolink.server.integration;

import dev.adolink.azure.auth.TokenSet;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The browser install with Microsoft Entra ID ({@code sentry-vsts-behavior.md} §1.2): {@code GET
 * /extensions/vsts/setup/?organization=<slug>} sends the signed-in manager to Entra ID
 * (authorization code with {@code state} and PKCE); the callback on the same URL exchanges the
 * code, lists the user's ADO organizations (profile, then accounts by member id) and shows them;
 * posting one installs it. Every failure ends on a page that says what happened.
 */
@Controller
class OAuthSetupController {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(OAuthSetupController.class);

  private final OrganizationAccess access;
  private final OAuthInstaller installer;
  private final InstallationClients clients;
  private final AzureProperties properties;
  private final CallbackUrls callbackUrls;

  OAuthSetupController(
      OrganizationAccess access,
      OAuthInstaller installer,
      InstallationClients clients,
      AzureProperties properties,
      CallbackUrls callbackUrls) {
    this.access = access;
    this.installer = installer;
    this.clients = clients;
    this.properties = properties;
    this.callbackUrls = callbackUrls;
  }

  @GetMapping(CallbackUrls.SETUP_PATH)
  String setup(
      @AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(required = false) @Nullable String organization,
      @RequestParam(required = false) @Nullable String code,
      @RequestParam(required = false) @Nullable String state,
      @RequestParam(required = false) @Nullable String error,
      @RequestParam(name = "error_description", required = false) @Nullable String description,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    if (code == null && state == null && error == null) {
      return start(user, organization, session, model, response);
    }
    OAuthSetup setup = (OAuthSetup) session.getAttribute(OAuthSetup.SESSION_KEY);
    if (setup == null || !setup.stateMatches(state)) {
      return failed(
          model,
          response,
          null,
          "This sign-in does not belong to an install started in this browser (invalid state).");
    }
    String retry = retryUrl(setup);
    if (error != null) {
      session.removeAttribute(OAuthSetup.SESSION_KEY);
      return failed(
          model,
          response,
          retry,
          "Azure DevOps access was not granted (" + error + ").",
          Objects.toString(description, ""),
          "An administrator of your Microsoft Entra tenant may have to consent to the app.");
    }
    OAuthInstaller.SignedIn signedIn;
    try {
      signedIn = installer.signIn(Objects.requireNonNull(code), setup.verifier());
    } catch (AzureDevOpsException e) {
      session.removeAttribute(OAuthSetup.SESSION_KEY);
      log.warn("signing in to Azure DevOps failed", e);
      return failed(
          model,
          response,
          retry,
          "Signing in to Azure DevOps failed.",
          "Microsoft did not accept the sign-in. Start again; if it keeps failing, the server log"
              + " has the details.");
    }
    if (signedIn.accounts().isEmpty()) {
      session.removeAttribute(OAuthSetup.SESSION_KEY);
      return failed(
          model,
          response,
          retry,
          "No accounts found",
          "The Microsoft account you signed in with is not a member of any Azure DevOps"
              + " organization.");
    }
    OAuthSetup chosen =
        setup.signedIn(signedIn.tokens(), signedIn.displayName(), signedIn.accounts());
    session.setAttribute(OAuthSetup.SESSION_KEY, chosen);
    return choose(chosen, null, model);
  }

  @PostMapping(CallbackUrls.SETUP_PATH)
  String select(
      @AuthenticationPrincipal AuthenticatedUser user,
      @RequestParam(required = false) @Nullable String account,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    OAuthSetup setup = (OAuthSetup) session.getAttribute(OAuthSetup.SESSION_KEY);
    TokenSet tokens = setup == null ? null : setup.tokens();
    if (setup == null || tokens == null) {
      return failed(model, response, null, "There is no Azure DevOps sign-in to continue.");
    }
    OAuthSetup.Account chosen =
        setup.accounts().stream().filter(a -> a.id().equals(account)).findFirst().orElse(null);
    if (chosen == null) {
      return choose(setup, "Choose one of the listed organizations.", model);
    }
    try {
      Membership caller = access.require(user, setup.organizationSlug(), Role.MANAGER);
      var row = installer.install(caller.organization().id(), tokens, chosen);
      session.removeAttribute(OAuthSetup.SESSION_KEY);
      model.addAttribute("title", "Azure DevOps connected");
      model.addAttribute(
          "lines",
          List.of(
              row.installation().name()
                  + " is connected to "
                  + setup.organizationSlug()
                  + ". Service hooks are registered; changes now sync both ways."));
      model.addAttribute("failed", false);
      model.addAttribute("retryUrl", null);
      model.addAttribute(
          "nextUrl",
          "/organizations/"
              + setup.organizationSlug()
              + "/integrations/"
              + row.installation().id()
              + "/");
      return "integration/result";
    } catch (ApiException e) {
      List<String> lines = new ArrayList<>(List.of(e.getMessage().split("\n")));
      lines.addAll(e.body().errors().values());
      return failed(
          model, response, retryUrl(setup), "Connecting failed", lines.toArray(String[]::new));
    } catch (AzureDevOpsException e) {
      log.warn("connecting Azure DevOps failed", e);
      return failed(
          model,
          response,
          retryUrl(setup),
          "Azure DevOps failed",
          "Azure DevOps answered with an error while the connection was set up.",
          "Start again; if it keeps failing, the server log has the details.");
    }
  }

  private String start(
      AuthenticatedUser user,
      @Nullable String organization,
      HttpSession session,
      Model model,
      HttpServletResponse response) {
    if (!properties.oauthConfigured()) {
      return failed(
          model,
          response,
          null,
          "Signing in with Microsoft is not configured on this server.",
          "Set ADOLINK_AZURE_CLIENT_ID and ADOLINK_AZURE_CLIENT_SECRET, or install with a"
              + " personal access token.");
    }
    if (organization == null || organization.isBlank()) {
      return failed(
          model,
          response,
          null,
          "Which organization should Azure DevOps be connected to?",
          "Open " + CallbackUrls.SETUP_PATH + "?organization=<organization slug>.");
    }
    Membership caller;
    try {
      caller = access.require(user, organization, Role.MANAGER);
    } catch (ApiException e) {
      return failed(model, response, null, e.getMessage());
    }
    OAuthSetup setup = OAuthSetup.start(caller.organization().id(), caller.organization().slug());
    session.setAttribute(OAuthSetup.SESSION_KEY, setup);
    return "redirect:"
        + clients
            .entraApp()
            .authorizeUrl(callbackUrls.setupCallback(), setup.state(), setup.challenge());
  }

  private String choose(OAuthSetup setup, @Nullable String error, Model model) {
    model.addAttribute("organization", setup.organizationSlug());
    model.addAttribute("user", Objects.toString(setup.userName(), "you"));
    model.addAttribute("accounts", setup.accounts());
    model.addAttribute("error", error);
    return "integration/accounts";
  }

  private static String failed(
      Model model,
      HttpServletResponse response,
      @Nullable String retryUrl,
      String title,
      String... lines) {
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    model.addAttribute("title", title);
    model.addAttribute("lines", List.of(lines).stream().filter(l -> !l.isBlank()).toList());
    model.addAttribute("failed", true);
    model.addAttribute("retryUrl", retryUrl);
    return "integration/result";
  }

  private static String retryUrl(OAuthSetup setup) {
    return CallbackUrls.SETUP_PATH + "?organization=" + setup.organizationSlug();
  }
}

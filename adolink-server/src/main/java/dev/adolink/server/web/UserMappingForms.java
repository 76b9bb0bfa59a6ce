package dev.adolink.server.web;

import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.sync.SyncAdmin;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.system.AuthenticatedUser;
import dev.adolink.server.tracker.Membership;
import dev.adolink.server.tracker.OrganizationAccess;
import dev.adolink.server.tracker.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.node.JsonNodeFactory;

/** The integration page's user mapping forms: map a member to an ADO identity, remove a mapping. */
@Controller
class UserMappingForms {

  private final OrganizationAccess access;
  private final Installations installations;
  private final SyncAdmin sync;
  private final IntegrationPageModel page;

  UserMappingForms(
      OrganizationAccess access,
      Installations installations,
      SyncAdmin sync,
      IntegrationPageModel page) {
    this.access = access;
    this.installations = installations;
    this.sync = sync;
    this.page = page;
  }

  /**
   * @param adoIdentity {@code "Name <email>"} or an email, as the API takes it
   */
  @PostMapping(IntegrationPages.PATH + "user-mappings")
  String map(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String member,
      @RequestParam(required = false) @Nullable String adoIdentity,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    Installation installation = installations.require(caller.organization().id(), id);
    try {
      sync.mapUser(
          installation,
          JsonNodeFactory.instance.stringNode(member == null ? "" : member),
          JsonNodeFactory.instance.stringNode(adoIdentity == null ? "" : adoIdentity));
    } catch (ApiException e) {
      response.setStatus(e.status().value());
      model.addAttribute("mapping", new TypedMapping(member, adoIdentity));
      return page.render(model, caller, id, null, FormErrors.of("mapping", e));
    }
    redirect.addFlashAttribute("notice", "User mapped.");
    return "redirect:" + IntegrationPages.path(org, id) + "#user-mappings";
  }

  @PostMapping(IntegrationPages.PATH + "user-mappings/{mappingId}/delete")
  String unmap(
      @AuthenticationPrincipal AuthenticatedUser user,
      @PathVariable String org,
      @PathVariable long id,
      @PathVariable long mappingId,
      RedirectAttributes redirect) {
    Membership caller = access.require(user, org, Role.MANAGER);
    sync.unmapUser(installations.require(caller.organization().id(), id), mappingId);
    redirect.addFlashAttribute("notice", "User mapping removed.");
    return "redirect:" + IntegrationPages.path(org, id) + "#user-mappings";
  }

  /** What was typed into a refused form, shown again. */
  record TypedMapping(@Nullable String member, @Nullable String adoIdentity) {}
}

package dev.adolink.emulator.fidelity;

import dev.adolink.emulator.AdoEmulator;
import dev.adolink.emulator.git.GitRepo;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.User;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the placeholders of fidelity cases against the seeded emulator, at request time: {@code
 * ${project:Name}} (id), {@code ${repo:Project/Repo}} (id), {@code ${tip:Project/Repo:branch}} (the
 * branch's commit), {@code ${commit:Project/Repo:N}} (the N-th newest commit of the default
 * branch), {@code ${user:email}} (identity id), {@code ${descriptor:email}}, {@code ${email:email}}
 * (the email itself, URL-encoded by the caller), {@code ${workItem:Title}} (the id of the work item
 * with that title), {@code ${workItemUrl:Title}} (its URL), {@code ${subscription:N}} (the N-th
 * subscription's id, oldest first).
 */
final class Tokens {

  private static final Pattern TOKEN = Pattern.compile("\\$\\{(\\w+):([^}]+)}");

  private final AdoEmulator ado;
  private final String org;

  Tokens(AdoEmulator ado, String org) {
    this.ado = ado;
    this.org = org;
  }

  String resolve(String text) {
    Matcher m = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), m.group(2))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private String value(String kind, String arg) {
    Organization organization = ado.organization(org);
    return switch (kind) {
      case "project" ->
          organization
              .project(arg)
              .orElseThrow(() -> new IllegalArgumentException("no project " + arg))
              .id()
              .toString();
      case "repo" -> repo(arg).id().toString();
      case "tip" -> {
        String[] parts = arg.split(":");
        yield organization.read(() -> repo(parts[0]).refs().get("refs/heads/" + parts[1]));
      }
      case "commit" -> {
        String[] parts = arg.split(":");
        GitRepo repo = repo(parts[0]);
        int n = Integer.parseInt(parts[1]);
        yield organization.read(() -> nthNewest(repo, n));
      }
      case "user" -> user(arg).id().toString();
      case "descriptor" -> user(arg).descriptor();
      case "email" -> user(arg).email();
      case "workItem" -> String.valueOf(ado.workItems(org).idOf(title(arg)));
      case "workItemUrl" ->
          ado.organizationUrl(org) + "_apis/wit/workItems/" + ado.workItems(org).idOf(title(arg));
      case "subscription" ->
          ado.hooks().subscriptionIds(organization).get(Integer.parseInt(arg)).toString();
      default -> throw new IllegalArgumentException("unknown token kind " + kind);
    };
  }

  /** A title as written in a case (the URL may have escaped its spaces). */
  private static String title(String arg) {
    return arg.replace("%20", " ");
  }

  private GitRepo repo(String projectAndRepo) {
    String[] parts = projectAndRepo.split("/");
    return ado.repository(org, parts[0], parts[1]);
  }

  private User user(String email) {
    return ado.user(email);
  }

  private static String nthNewest(GitRepo repo, int n) {
    String id = repo.refs().get(repo.defaultBranch().orElseThrow());
    for (int i = 0; i < n; i++) {
      id = repo.commit(id).orElseThrow().firstParent();
    }
    return id;
  }
}

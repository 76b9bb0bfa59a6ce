package dev.adolink.emulator.git;

import dev.adolink.emulator.core.ProjectService;
import dev.adolink.emulator.store.Organization;
import dev.adolink.emulator.store.Project;
import dev.adolink.emulator.store.User;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Repositories and pushes: the ways data gets into git. Every push publishes a {@link
 * GitPushEvent}.
 */
public final class GitService {

  private final Clock clock;
  private final GitPushEvents events;

  GitService(Clock clock, GitPushEvents events) {
    this.clock = clock;
    this.events = events;
  }

  /** Creates an empty repository (no default branch until the first push). */
  public GitRepo createRepository(Organization org, Project project, String name) {
    if (name == null || name.isBlank()) {
      throw GitErrors.invalidArgument("The repository name is required.");
    }
    return org.write(
        () -> {
          GitState state = GitState.of(org);
          boolean taken =
              state.all().stream()
                  .anyMatch(
                      r -> r.projectId().equals(project.id()) && r.name().equalsIgnoreCase(name));
          if (taken) {
            throw GitErrors.repositoryExists(name);
          }
          GitRepo repo = new GitRepo(UUID.randomUUID(), name.trim(), project, clock.instant());
          state.repositories.put(repo.id(), repo);
          return repo;
        });
  }

  /**
   * A repository by id, or by name within {@code projectIdOrName} (names need the project, as in
   * ADO); with a project, the repository must belong to it. 404 {@code TF401019} otherwise.
   */
  public static GitRepo find(Organization org, String projectIdOrName, String idOrName) {
    return org.read(
        () -> {
          Optional<Project> project =
              Optional.ofNullable(projectIdOrName).map(p -> ProjectService.find(org, p));
          GitState state = GitState.of(org);
          Optional<GitRepo> found =
              dev.adolink.emulator.store.Ids.parse(idOrName)
                  .map(state.repositories::get)
                  .or(
                      () ->
                          project.flatMap(
                              p ->
                                  state.all().stream()
                                      .filter(r -> r.projectId().equals(p.id()))
                                      .filter(r -> r.name().equalsIgnoreCase(idOrName))
                                      .findFirst()));
          return found
              .filter(r -> project.map(p -> p.id().equals(r.projectId())).orElse(true))
              .orElseThrow(() -> GitErrors.repositoryNotFound(idOrName));
        });
  }

  /**
   * A repository by id, or by a name that is unique in the organization (the control API's lookup).
   */
  public static GitRepo findAnywhere(Organization org, String idOrName) {
    return org.read(
        () -> {
          List<GitRepo> matches =
              GitState.of(org).all().stream()
                  .filter(
                      r ->
                          r.id().toString().equalsIgnoreCase(idOrName)
                              || r.name().equalsIgnoreCase(idOrName))
                  .toList();
          if (matches.size() != 1) {
            throw GitErrors.repositoryNotFound(idOrName);
          }
          return matches.get(0);
        });
  }

  /** The repositories of a project, or of the whole organization. */
  public static List<GitRepo> list(Organization org, Optional<Project> project) {
    return org.read(
        () ->
            GitState.of(org).all().stream()
                .filter(r -> project.map(p -> p.id().equals(r.projectId())).orElse(true))
                .toList());
  }

  /** Applies a push: new commits on one branch, or ref moves; then publishes git.push. */
  public Push push(Organization org, GitRepo repo, PushSpec spec, User pusher) {
    return org.write(
        () -> {
          Push push = apply(repo, spec, pusher);
          events.publish(org, repo, push);
          return push;
        });
  }

  private Push apply(GitRepo repo, PushSpec spec, User pusher) {
    if (spec.refUpdates() == null || spec.refUpdates().isEmpty()) {
      throw GitErrors.invalidArgument("A push needs at least one refUpdate.");
    }
    if (!spec.commits().isEmpty() && spec.refUpdates().size() != 1) {
      throw GitErrors.invalidArgument("A push with commits updates exactly one ref.");
    }
    int pushId = repo.nextPushId();
    List<RefUpdate> updates = new ArrayList<>();
    List<String> commitIds = new ArrayList<>();
    for (PushSpec.RefSpec ref : spec.refUpdates()) {
      String name = refName(ref.name());
      String current = repo.refs().get(name);
      String old =
          ref.oldObjectId() == null ? RefUpdate.ZERO : ref.oldObjectId().toLowerCase(Locale.ROOT);
      if (current != null && !current.equals(old)) {
        throw GitErrors.staleRef(name);
      }
      String tip =
          current != null ? current : old.equals(RefUpdate.ZERO) ? null : resolveCommit(repo, old);
      if (spec.commits().isEmpty()) {
        tip =
            ref.newObjectId() == null || ref.newObjectId().equals(RefUpdate.ZERO)
                ? null
                : resolveCommit(repo, ref.newObjectId());
      }
      for (PushSpec.CommitSpec commitSpec : spec.commits()) {
        List<String> parents =
            commitSpec.parents() != null
                ? commitSpec.parents().stream().map(p -> resolveCommit(repo, p)).toList()
                : tip == null ? List.of() : List.of(tip);
        Signature author = dated(commitSpec.author() != null ? commitSpec.author() : now(pusher));
        Signature committer =
            commitSpec.committer() != null ? dated(commitSpec.committer()) : author;
        tip = CommitWriter.write(repo, parents, commitSpec, author, committer, pushId).id();
        commitIds.add(tip);
      }
      if (tip == null) {
        repo.refs().remove(name);
      } else {
        repo.refs().put(name, tip);
      }
      if (repo.defaultBranch().isEmpty() && tip != null && name.startsWith("refs/heads/")) {
        repo.defaultBranch(name);
      }
      updates.add(
          new RefUpdate(
              name,
              current == null ? RefUpdate.ZERO : current,
              tip == null ? RefUpdate.ZERO : tip));
    }
    Push push =
        new Push(pushId, clock.instant(), pusher, List.copyOf(updates), List.copyOf(commitIds));
    repo.pushes().add(push);
    return push;
  }

  private Signature now(User user) {
    return new Signature(
        user.displayName(), user.email(), clock.instant().truncatedTo(ChronoUnit.SECONDS));
  }

  /** Git keeps whole seconds; a signature without a date is dated now. */
  private Signature dated(Signature s) {
    java.time.Instant date = s.date() == null ? clock.instant() : s.date();
    return new Signature(s.name(), s.email(), date.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String resolveCommit(GitRepo repo, String id) {
    return repo.commit(id)
        .orElseThrow(() -> GitErrors.unresolvable("<Commit: " + id + " >", repo.name()))
        .id();
  }

  /** {@code main} → {@code refs/heads/main}; full names stay. */
  static String refName(String name) {
    if (name == null || name.isBlank()) {
      throw GitErrors.invalidArgument("The ref name is required.");
    }
    return name.startsWith("refs/") ? name : "refs/heads/" + name;
  }
}

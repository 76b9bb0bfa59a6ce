package dev.adolink.emulator.git;

import dev.adolink.emulator.store.Organization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The repositories of one organization (its feature state). Guarded by the organization's lock. */
final class GitState {

  final Map<UUID, GitRepo> repositories = new LinkedHashMap<>();

  static GitState of(Organization org) {
    return org.feature(GitState.class, o -> new GitState());
  }

  List<GitRepo> all() {
    return new ArrayList<>(repositories.values());
  }
}

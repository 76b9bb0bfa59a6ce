package dev.adolink.server.scm;

import org.jspecify.annotations.Nullable;

/** A stored ref of a release: its head commit in one repository. */
public record ReleaseRef(
    long repositoryId, String repository, String commit, @Nullable String previousCommit) {}

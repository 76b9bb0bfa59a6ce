package dev.adolink.server.scm;

import java.time.Instant;

/**
 * Maps the paths of a project's stack frames to files of a repository: a frame path starting with
 * {@code stackRoot} is the file at {@code sourceRoot} plus the rest, on {@code defaultBranch}.
 */
public record CodeMapping(
    long id,
    long organizationId,
    long projectId,
    Repo repo,
    String stackRoot,
    String sourceRoot,
    String defaultBranch,
    Instant createdAt) {}

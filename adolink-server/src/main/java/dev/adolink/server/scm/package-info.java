/**
 * Source code from Azure Repos: repositories, commits with their file changes (from release ranges
 * and git.push deliveries), releases and deploys, resolve-by-commit, and stack-trace links.
 */
@NullMarked
package dev.adolink.server.scm;

import org.jspecify.annotations.NullMarked;

/**
 * Git area: repositories across projects, commits (lists, ranges through commitsbatch, single
 * commits with their changes), diffs, items and pushes.
 */
@NullMarked
package dev.adolink.azure.git;

import org.jspecify.annotations.NullMarked;

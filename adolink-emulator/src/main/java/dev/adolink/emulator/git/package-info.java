/** Git: repositories, pushes (how data gets in), commits, changes, diffs, items, bulk history. */
package dev.adolink.emulator.git;

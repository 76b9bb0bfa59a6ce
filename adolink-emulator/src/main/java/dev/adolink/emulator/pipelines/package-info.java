/**
 * Azure Pipelines: YAML pipelines and their runs with stages and environments, classic release
 * definitions with releases deployed to environments (the {@code vsrm} host), and the service hook
 * events they raise ({@code ms.vss-pipelines.run-state-changed-event}, {@code
 * ms.vss-pipelines.stage-state-changed-event}, {@code ms.vss-release.deployment-completed-event}).
 * Runs start and finish through the control API.
 */
package dev.adolink.emulator.pipelines;

package dev.adolink.emulator.pipelines;

import dev.adolink.emulator.store.Organization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The pipelines and classic releases of one organization; read and changed under its lock. */
final class PipelinesState {

  static PipelinesState of(Organization org) {
    return org.feature(PipelinesState.class, o -> new PipelinesState());
  }

  /** A YAML pipeline (a build definition). */
  static final class Pipeline {
    final int id;
    final String name;
    final UUID projectId;
    final UUID repositoryId;
    final Map<Integer, Run> runs = new LinkedHashMap<>();

    Pipeline(int id, String name, UUID projectId, UUID repositoryId) {
      this.id = id;
      this.name = name;
      this.projectId = projectId;
      this.repositoryId = repositoryId;
    }
  }

  /** One stage of a run; {@code environment} when it deploys to one. */
  static final class Stage {
    final UUID id = UUID.randomUUID();
    final String name;
    final String environment;
    String state = "notStarted";
    String result;

    Stage(String name, String environment) {
      this.name = name;
      this.environment = environment;
    }
  }

  /** A run of a pipeline: {@code name} is its build number. */
  static final class Run {
    final int id;
    final String name;
    final String sourceVersion;
    final String sourceBranch;
    final Instant createdDate;
    final List<Stage> stages = new ArrayList<>();
    final Map<String, String> variables = new LinkedHashMap<>();
    String state = "inProgress";
    String result;
    Instant finishedDate;

    Run(int id, String name, String sourceVersion, String sourceBranch, Instant createdDate) {
      this.id = id;
      this.name = name;
      this.sourceVersion = sourceVersion;
      this.sourceBranch = sourceBranch;
      this.createdDate = createdDate;
    }
  }

  /** A classic release of a release definition, with its environments (stages). */
  static final class Release {
    final int id;
    final String name;
    final int definitionId;
    final String definitionName;
    final UUID projectId;
    final String sourceVersion;
    final String buildNumber;
    final Instant createdOn;
    final List<Environment> environments = new ArrayList<>();

    Release(
        int id,
        String name,
        int definitionId,
        String definitionName,
        UUID projectId,
        String sourceVersion,
        String buildNumber,
        Instant createdOn) {
      this.id = id;
      this.name = name;
      this.definitionId = definitionId;
      this.definitionName = definitionName;
      this.projectId = projectId;
      this.sourceVersion = sourceVersion;
      this.buildNumber = buildNumber;
      this.createdOn = createdOn;
    }
  }

  static final class Environment {
    final int id;
    final int definitionEnvironmentId;
    final String name;
    String status = "notStarted";
    Instant startedOn;
    Instant finishedOn;

    Environment(int id, int definitionEnvironmentId, String name) {
      this.id = id;
      this.definitionEnvironmentId = definitionEnvironmentId;
      this.name = name;
    }
  }

  final Map<Integer, Pipeline> pipelines = new LinkedHashMap<>();
  final Map<Integer, Release> releases = new LinkedHashMap<>();
  final Map<String, Integer> releaseDefinitions = new LinkedHashMap<>();
  int nextPipelineId = 1;
  int nextRunId = 1;
  int nextReleaseId = 1;
  int nextEnvironmentId = 1;
}

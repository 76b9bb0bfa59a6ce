package dev.adolink.server.integration;

/**
 * How deployments made by Azure Pipelines become deploys (integration configuration keys {@code
 * deploys_*}).
 *
 * @param enabled {@code deploys_from_pipelines}: subscribe to ADO's deployment events (off by
 *     default)
 * @param rule {@code deploys_release_rule}: how a run finds its release
 * @param variable {@code deploys_release_variable}: the pipeline variable naming the version, for
 *     {@link Rule#VARIABLE}
 * @param createReleases {@code deploys_unmatched} {@code create_release}: a run that finds no
 *     release creates one for its commit; otherwise ({@code log}) the event is logged as unmatched
 */
public record DeployConfig(boolean enabled, Rule rule, String variable, boolean createReleases) {

  static final String ENABLED = "deploys_from_pipelines";
  static final String RULE = "deploys_release_rule";
  static final String VARIABLE = "deploys_release_variable";
  static final String UNMATCHED = "deploys_unmatched";

  public static final String DEFAULT_VARIABLE = "SENTRY_RELEASE";

  /** How a pipeline run names its release. */
  public enum Rule {
    /** the run's source commit is the head commit of a release */
    COMMIT,
    /** the run's build number (a classic release's build artifact's) is the version */
    BUILD_NUMBER,
    /** a pipeline variable is the version */
    VARIABLE;

    String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static java.util.Optional<Rule> of(String key) {
      for (Rule rule : values()) {
        if (rule.key().equals(key)) {
          return java.util.Optional.of(rule);
        }
      }
      return java.util.Optional.empty();
    }
  }
}

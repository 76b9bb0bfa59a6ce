package dev.adolink.server.scm;

/** What the last search for an issue's suspect commits found. */
public enum SuspectStatus {
  /** not searched yet (queued) */
  PENDING("Suspect commits are being looked for."),
  FOUND("Commits that changed files of this stack trace."),
  NO_FRAMES("No suspect commits: this issue has no stack frames."),
  NO_RELEASE(
      "No suspect commits: this issue has no release. Send the release with its events to find"
          + " the commits that probably caused it."),
  UNKNOWN_RELEASE(
      "No suspect commits: the issue's release is not known here. Create the release with its"
          + " commits."),
  NO_COMMITS(
      "No suspect commits: the issue's release and the releases before it have no commits yet."),
  NO_MATCH(
      "No suspect commits: no commit of the issue's release or the releases before it changed a"
          + " file of this stack trace.");

  private final String sentence;

  SuspectStatus(String sentence) {
    this.sentence = sentence;
  }

  /** What a person reads about it. */
  public String sentence() {
    return sentence;
  }
}

package dev.adolink.azure.git;

import java.util.Locale;

/** A {@code GitVersionDescriptor}: a branch, a tag or a commit. */
public record GitVersion(String version, Type versionType) {

  public enum Type {
    BRANCH,
    TAG,
    COMMIT;

    /** The lowercase wire form of the 7.x spec. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static GitVersion commit(String sha) {
    return new GitVersion(sha, Type.COMMIT);
  }

  /** A branch by short name ({@code main}); a {@code refs/heads/} prefix is removed. */
  public static GitVersion branch(String name) {
    return new GitVersion(name.replaceFirst("^refs/heads/", ""), Type.BRANCH);
  }

  public static GitVersion tag(String name) {
    return new GitVersion(name.replaceFirst("^refs/tags/", ""), Type.TAG);
  }
}

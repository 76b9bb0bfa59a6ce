package dev.adolink.emulator.git;

import dev.adolink.emulator.ado.AdoException;

/** The git area's errors, with ADO's TF codes and type names. */
final class GitErrors {

  private static final String GIT = "Microsoft.TeamFoundation.Git.Server.";
  private static final String ASSEMBLY = ", Microsoft.TeamFoundation.Git.Server";

  private GitErrors() {}

  private static AdoException of(int status, String type, String message) {
    return new AdoException(status, GIT + type + ASSEMBLY, message, 3000);
  }

  static AdoException repositoryNotFound(String nameOrId) {
    return of(
        404,
        "GitRepositoryNotFoundException",
        "TF401019: The Git repository with name or identifier "
            + nameOrId
            + " does not exist or you do not have permissions for the operation you are attempting.");
  }

  static AdoException repositoryExists(String name) {
    return of(
        409,
        "GitRepositoryNameAlreadyExistsException",
        "TF400948: A Git repository with the name " + name + " already exists.");
  }

  /** A branch, tag or commit that does not resolve, e.g. {@code <Branch: refs/heads/develop >}. */
  static AdoException unresolvable(String descriptor, String repository) {
    return of(
        404,
        "GitUnresolvableToCommitException",
        "TF401175:The version descriptor "
            + descriptor
            + " could not be resolved to a version in the repository "
            + repository);
  }

  static AdoException branchNotFound(String name, String repository) {
    return unresolvable("<Branch: " + name + " >", repository);
  }

  static AdoException blobNotFound(String objectId, String repository) {
    return of(
        404,
        "GitObjectNotFoundException",
        "TF401208: The object " + objectId + " does not exist in repository " + repository + ".");
  }

  static AdoException commitNotFound(String commitId, String repository) {
    return of(
        404,
        "GitCommitDoesNotExistException",
        "TF401029: The commit " + commitId + " does not exist in repository " + repository + ".");
  }

  static AdoException itemNotFound(
      String path, String repository, String descriptor, String commitId) {
    return of(
        404,
        "GitItemNotFoundException",
        "TF401174: The item '"
            + path
            + "' could not be found in the repository '"
            + repository
            + "' at the version specified by '"
            + descriptor
            + "' (resolved to commit '"
            + commitId
            + "').");
  }

  static AdoException staleRef(String refName) {
    return of(
        409,
        "GitReferenceStaleException",
        "TF401028: The reference '"
            + refName
            + "' has already been updated by another client, so you cannot update it. Please try again.");
  }

  static AdoException pathExists(String path) {
    return of(
        400,
        "GitPathAlreadyExistsException",
        "TF401190: The path '"
            + path
            + "' specified in the add operation already exists. Please specify a new path.");
  }

  static AdoException pushNotFound(int pushId, String repository) {
    return of(
        404,
        "GitPushNotFoundException",
        "TF401018: The push with id "
            + pushId
            + " does not exist in repository "
            + repository
            + ".");
  }

  static AdoException invalidArgument(String message) {
    return AdoException.invalidArgument(message);
  }
}

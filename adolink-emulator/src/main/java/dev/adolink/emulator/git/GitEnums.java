package dev.adolink.emulator.git;

import dev.adolink.emulator.http.WireEnum;

/**
 * The enums git requests take, with the numbers of Microsoft's clients ({@code GitInterfaces} of
 * azure-devops-node-api, the .NET {@code Microsoft.TeamFoundation.SourceControl.WebApi}).
 */
final class GitEnums {

  /** {@code GitVersionDescriptor.versionType}. */
  static final WireEnum VERSION_TYPE =
      WireEnum.of("GitVersionType", "branch", 0, "tag", 1, "commit", 2);

  /** {@code GitVersionDescriptor.versionOptions}. */
  static final WireEnum VERSION_OPTIONS =
      WireEnum.of("GitVersionOptions", "none", 0, "previousChange", 1, "firstParent", 2);

  /** {@code GitChange.changeType}, a flags enum: {@code 10} is {@code "edit, rename"}. */
  static final WireEnum CHANGE_TYPE =
      WireEnum.flags(
          "VersionControlChangeType",
          "none",
          0,
          "add",
          1,
          "edit",
          2,
          "encoding",
          4,
          "rename",
          8,
          "delete",
          16,
          "undelete",
          32,
          "branch",
          64,
          "merge",
          128,
          "lock",
          256,
          "rollback",
          512,
          "sourceRename",
          1024,
          "targetRename",
          2048,
          "property",
          4096,
          "all",
          8191);

  /** {@code ItemContent.contentType}. */
  static final WireEnum CONTENT_TYPE =
      WireEnum.of("ItemContentType", "rawText", 0, "base64Encoded", 1);

  /** {@code recursionLevel} of item requests. */
  static final WireEnum RECURSION =
      WireEnum.of(
          "VersionControlRecursionType",
          "none",
          0,
          "oneLevel",
          1,
          "oneLevelPlusNestedEmptyFolders",
          4,
          "full",
          120);

  /** {@code mode} of ref updates. */
  static final WireEnum REF_UPDATE_MODE =
      WireEnum.of("GitRefUpdateMode", "bestEffort", 0, "allOrNone", 1);

  private GitEnums() {}
}

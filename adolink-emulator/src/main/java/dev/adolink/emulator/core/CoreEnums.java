package dev.adolink.emulator.core;

import dev.adolink.emulator.http.WireEnum;

/** The enums project requests take, with the numbers of {@code CoreInterfaces}/.NET. */
final class CoreEnums {

  /** {@code stateFilter} of the project list. */
  static final WireEnum PROJECT_STATE =
      WireEnum.of(
          "ProjectState",
          "deleting",
          2,
          "new",
          0,
          "wellFormed",
          1,
          "createPending",
          3,
          "all",
          -1,
          "unchanged",
          -2,
          "deleted",
          4);

  /** {@code visibility} of a project. */
  static final WireEnum VISIBILITY =
      WireEnum.of(
          "ProjectVisibility",
          "unchanged",
          -1,
          "private",
          0,
          "organization",
          1,
          "public",
          2,
          "systemPrivate",
          3);

  private CoreEnums() {}
}

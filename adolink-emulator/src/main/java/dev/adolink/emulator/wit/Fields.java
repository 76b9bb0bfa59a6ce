package dev.adolink.emulator.wit;

import java.util.List;
import java.util.Set;

/** Reference names of the fields the emulator maintains itself, and how reads order them. */
final class Fields {

  static final String ID = "System.Id";
  static final String REV = "System.Rev";
  static final String TITLE = "System.Title";
  static final String STATE = "System.State";
  static final String REASON = "System.Reason";
  static final String ASSIGNED_TO = "System.AssignedTo";
  static final String AREA_PATH = "System.AreaPath";
  static final String ITERATION_PATH = "System.IterationPath";
  static final String AREA_ID = "System.AreaId";
  static final String ITERATION_ID = "System.IterationId";
  static final String NODE_NAME = "System.NodeName";
  static final String TEAM_PROJECT = "System.TeamProject";
  static final String WORK_ITEM_TYPE = "System.WorkItemType";
  static final String HISTORY = "System.History";
  static final String TAGS = "System.Tags";
  static final String DESCRIPTION = "System.Description";
  static final String CREATED_BY = "System.CreatedBy";
  static final String CREATED_DATE = "System.CreatedDate";
  static final String CHANGED_BY = "System.ChangedBy";
  static final String CHANGED_DATE = "System.ChangedDate";
  static final String AUTHORIZED_AS = "System.AuthorizedAs";
  static final String AUTHORIZED_DATE = "System.AuthorizedDate";
  static final String REVISED_DATE = "System.RevisedDate";
  static final String WATERMARK = "System.Watermark";
  static final String PERSON_ID = "System.PersonId";
  static final String IS_DELETED = "System.IsDeleted";
  static final String COMMENT_COUNT = "System.CommentCount";
  static final String PARENT = "System.Parent";
  static final String STATE_CHANGE_DATE = "Microsoft.VSTS.Common.StateChangeDate";
  static final String ACTIVATED_DATE = "Microsoft.VSTS.Common.ActivatedDate";
  static final String ACTIVATED_BY = "Microsoft.VSTS.Common.ActivatedBy";
  static final String RESOLVED_DATE = "Microsoft.VSTS.Common.ResolvedDate";
  static final String RESOLVED_BY = "Microsoft.VSTS.Common.ResolvedBy";
  static final String CLOSED_DATE = "Microsoft.VSTS.Common.ClosedDate";
  static final String CLOSED_BY = "Microsoft.VSTS.Common.ClosedBy";

  /** {@code System.RevisedDate} of the current revision: ADO's "open-ended" date. */
  static final String OPEN_ENDED = "9999-01-01T00:00:00Z";

  /**
   * Fields ADO leaves out of a work item unless {@code $expand=fields|all} (they still appear in
   * updates, as in the {@code …/updates} examples).
   */
  private static final Set<String> EXTENDED =
      Set.of(
          ID,
          REV,
          AREA_ID,
          ITERATION_ID,
          NODE_NAME,
          AUTHORIZED_AS,
          AUTHORIZED_DATE,
          REVISED_DATE,
          WATERMARK,
          PERSON_ID,
          IS_DELETED);

  /** The order in which ADO writes the common fields; the others follow as they were set. */
  static final List<String> ORDER =
      List.of(
          ID,
          AREA_ID,
          AREA_PATH,
          NODE_NAME,
          TEAM_PROJECT,
          REV,
          AUTHORIZED_DATE,
          REVISED_DATE,
          ITERATION_ID,
          ITERATION_PATH,
          WORK_ITEM_TYPE,
          STATE,
          REASON,
          ASSIGNED_TO,
          CREATED_DATE,
          CREATED_BY,
          CHANGED_DATE,
          CHANGED_BY,
          AUTHORIZED_AS,
          PERSON_ID,
          WATERMARK,
          IS_DELETED,
          COMMENT_COUNT,
          TITLE);

  /** Fields only the emulator writes (a client setting them needs {@code bypassRules}). */
  static final Set<String> COMPUTED =
      Set.of(
          ID,
          REV,
          AREA_ID,
          ITERATION_ID,
          NODE_NAME,
          AUTHORIZED_AS,
          AUTHORIZED_DATE,
          REVISED_DATE,
          WATERMARK,
          PERSON_ID,
          IS_DELETED,
          COMMENT_COUNT,
          PARENT,
          STATE_CHANGE_DATE);

  private Fields() {}

  static boolean extended(String referenceName) {
    return EXTENDED.contains(referenceName)
        || referenceName.startsWith("System.AreaLevel")
        || referenceName.startsWith("System.IterationLevel");
  }
}

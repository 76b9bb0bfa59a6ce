package dev.adolink.azure.wit;

/** Reference names of the work item fields adolink reads and writes. */
public final class Fields {

  public static final String ID = "System.Id";
  public static final String REV = "System.Rev";
  public static final String WORK_ITEM_TYPE = "System.WorkItemType";
  public static final String TITLE = "System.Title";
  public static final String STATE = "System.State";
  public static final String REASON = "System.Reason";
  public static final String ASSIGNED_TO = "System.AssignedTo";
  public static final String CREATED_BY = "System.CreatedBy";
  public static final String CREATED_DATE = "System.CreatedDate";
  public static final String CHANGED_BY = "System.ChangedBy";
  public static final String CHANGED_DATE = "System.ChangedDate";
  public static final String TEAM_PROJECT = "System.TeamProject";
  public static final String AREA_PATH = "System.AreaPath";
  public static final String ITERATION_PATH = "System.IterationPath";
  public static final String DESCRIPTION = "System.Description";

  /** Write-only: a value becomes a discussion comment. */
  public static final String HISTORY = "System.History";

  public static final String TAGS = "System.Tags";
  public static final String PRIORITY = "Microsoft.VSTS.Common.Priority";
  public static final String SEVERITY = "Microsoft.VSTS.Common.Severity";

  /** What the Bug form shows instead of the description. */
  public static final String REPRO_STEPS = "Microsoft.VSTS.TCM.ReproSteps";

  private Fields() {}
}

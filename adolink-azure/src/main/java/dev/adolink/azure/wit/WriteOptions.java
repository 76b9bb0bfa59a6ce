package dev.adolink.azure.wit;

/**
 * Query options of a work item create or update.
 *
 * @param validateOnly check the rules without saving
 * @param bypassRules save even if rules fail (needs the "bypass rules" permission)
 * @param suppressNotifications no email notifications for this change
 */
public record WriteOptions(
    boolean validateOnly,
    boolean bypassRules,
    boolean suppressNotifications,
    WorkItemExpand expand) {

  public static final WriteOptions DEFAULT =
      new WriteOptions(false, false, false, WorkItemExpand.NONE);

  public WriteOptions withValidateOnly() {
    return new WriteOptions(true, bypassRules, suppressNotifications, expand);
  }

  public WriteOptions withBypassRules() {
    return new WriteOptions(validateOnly, true, suppressNotifications, expand);
  }

  public WriteOptions withSuppressNotifications() {
    return new WriteOptions(validateOnly, bypassRules, true, expand);
  }

  public WriteOptions withExpand(WorkItemExpand expand) {
    return new WriteOptions(validateOnly, bypassRules, suppressNotifications, expand);
  }
}

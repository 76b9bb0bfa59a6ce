package dev.adolink.server.workitems;

import dev.adolink.azure.Organization;
import dev.adolink.server.integration.Installation;
import dev.adolink.server.integration.Installations;
import dev.adolink.server.jobs.Jobs;
import dev.adolink.server.system.ApiException;
import dev.adolink.server.tracker.ChangeSource;
import dev.adolink.server.tracker.Issue;
import dev.adolink.server.tracker.OrgRef;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Creating, linking and unlinking the work items of one issue, for the API and the UI alike. ADO is
 * called first, outside any transaction; then the link, its activity, its event and the remembered
 * project and type are stored in one transaction. ADO's refusals become {@code ApiException}s
 * naming the form field.
 */
@Service
public class IssueWorkItems {

  private final Installations installations;
  private final LinkedWorkItems links;
  private final ProjectDefaults defaults;
  private final CreateForms forms;
  private final WorkItemCreator creator;
  private final CreateAttempts attempts;
  private final RuleRecovery recovery;
  private final WorkItemReader reader;
  private final BackLinks backLinks;
  private final WorkItemSearch search;
  private final Jobs jobs;
  private final TransactionTemplate transactions;
  private final Clock clock;

  IssueWorkItems(
      Installations installations,
      LinkedWorkItems links,
      ProjectDefaults defaults,
      CreateForms forms,
      WorkItemCreator creator,
      CreateAttempts attempts,
      RuleRecovery recovery,
      WorkItemReader reader,
      BackLinks backLinks,
      WorkItemSearch search,
      Jobs jobs,
      TransactionTemplate transactions,
      Clock clock) {
    this.installations = installations;
    this.links = links;
    this.defaults = defaults;
    this.forms = forms;
    this.creator = creator;
    this.attempts = attempts;
    this.recovery = recovery;
    this.reader = reader;
    this.backLinks = backLinks;
    this.search = search;
    this.jobs = jobs;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * The create form; {@code project} (id or name) and {@code type} ask it again for that project
   * and type, {@code null} takes the remembered or default ones.
   */
  public List<FormField> createForm(
      OrgRef org,
      Issue issue,
      Installation installation,
      @Nullable String project,
      @Nullable String type) {
    return createForm(org, issue, installation, new CreateForms.Request(project, type));
  }

  List<FormField> createForm(
      OrgRef org, Issue issue, Installation installation, CreateForms.Request request) {
    return AdoFailures.call(
        () ->
            forms.form(
                installations.client(installation),
                issue,
                backLinks.issue(org.slug(), issue),
                defaults.find(installation.id(), issue.project().id()),
                request));
  }

  List<FormField> linkForm(OrgRef org, Installation installation) {
    return List.of(
        FormField.select(WorkItemReader.FIELD, "Work item", true, null, List.of())
            .withUrl(SearchController.path(org.slug(), installation.id()))
            .withHelp("The id or the URL of a work item of " + installation.name()));
  }

  /** Creates a work item from the create form's values (a {@code POST} body) and links it. */
  public LinkedWorkItem create(
      OrgRef org, Issue issue, Installation installation, JsonNode values, ChangeSource by) {
    return create(org, issue, installation, WorkItemDraft.parse(values), by);
  }

  /**
   * Creates a work item from a draft (the API's body or the page's form) and links it. A create
   * whose earlier attempt may have reached ADO without its answer (marked in {@link CreateAttempts}
   * before the POST) first looks there for the work item that attempt made.
   */
  public LinkedWorkItem create(
      OrgRef org, Issue issue, Installation installation, WorkItemDraft draft, ChangeSource by) {
    draft.requireComplete();
    String issueUrl = backLinks.issue(org.slug(), issue);
    String title = draft.adoTitle();
    boolean first = attempts.begin(issue.id(), installation.id(), title, clock.instant());
    LinkedWorkItem created;
    try {
      created =
          AdoFailures.call(
              () -> {
                Organization ado = installations.client(installation);
                Set<Integer> known =
                    links.linksOf(issue.id()).stream()
                        .filter(item -> item.installationId() == installation.id())
                        .map(LinkedWorkItem::workItemId)
                        .collect(Collectors.toSet());
                Optional<LinkedWorkItem> earlier =
                    first
                        ? Optional.empty()
                        : recovery.find(ado, installation, issue, draft, issueUrl, known);
                return earlier.orElseGet(
                    () -> creator.create(ado, installation, issue, issueUrl, draft));
              });
    } catch (ApiException e) {
      if (e.status().is4xxClientError()) {
        attempts.end(issue.id(), installation.id(), title); // refused: nothing was created
      }
      throw e;
    }
    transactions.executeWithoutResult(
        status -> {
          store(issue, created, WorkItemLinked.Reason.CREATED, by);
          attempts.end(issue.id(), installation.id(), title);
        });
    return created;
  }

  /** Links an existing work item, named by its id or URL. */
  public LinkedWorkItem link(
      OrgRef org, Issue issue, Installation installation, String reference, ChangeSource by) {
    if (reference.isBlank()) {
      throw ApiException.invalid(WorkItemReader.FIELD, "is required: a work item id or URL");
    }
    String issueUrl = backLinks.issue(org.slug(), issue);
    LinkedWorkItem item =
        AdoFailures.call(
            () -> {
              Organization ado = installations.client(installation);
              return reader.linkable(ado, installation, issue, issueUrl, reference);
            });
    store(issue, item, WorkItemLinked.Reason.LINKED, by);
    return item;
  }

  /** Unlinks now and removes the back-link in ADO through a job queued with the unlink. */
  public void unlink(
      OrgRef org, Issue issue, Installation installation, String key, ChangeSource by) {
    int workItemId =
        WorkItemUrls.id(key)
            .orElseThrow(
                () -> ApiException.invalid(WorkItemReader.FIELD, "must be a work item id"));
    transactions.executeWithoutResult(
        status -> {
          if (!links.unlink(issue.ref(), installation.id(), workItemId, by)) {
            throw ApiException.notFound(
                "Work item " + workItemId + " is not linked to " + issue.shortId());
          }
          BackLinkRemoval.Payload payload =
              new BackLinkRemoval.Payload(
                  installation.id(), workItemId, issue.id(), backLinks.issue(org.slug(), issue));
          jobs.enqueue(BackLinkRemoval.TYPE, BackLinkRemoval.key(payload), payload);
        });
  }

  /** Work items to link: an id, a URL or words of their titles; see {@link WorkItemSearch}. */
  public List<WorkItemSearch.Result> search(Installation installation, String query) {
    if (query.isBlank()) {
      throw ApiException.invalid("query", "is required");
    }
    return AdoFailures.call(() -> search.search(installations.client(installation), query.strip()));
  }

  /** Stores a created or linked work item and remembers its project and type for the form. */
  void store(Issue issue, LinkedWorkItem item, WorkItemLinked.Reason reason, ChangeSource by) {
    transactions.executeWithoutResult(
        status -> {
          links.link(issue.ref(), item, reason, by);
          defaults.remember(
              item.installationId(),
              issue.project().id(),
              new ProjectDefaults.Choice(item.adoProjectId(), item.workItemType()),
              clock.instant());
        });
  }
}

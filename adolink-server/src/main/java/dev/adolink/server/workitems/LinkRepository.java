package dev.adolink.server.workitems;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code linked_work_items} and {@code work_item_links}. */
@Repository
class LinkRepository {

  private static final String WORK_ITEM =
      "select w.* from linked_work_items w where w.integration_id = :installation"
          + " and w.work_item_id = :workItem";

  /** A stored work item with its row id and the installation's tracker organization. */
  record Row(long id, long organizationId, LinkedWorkItem workItem) {}

  private final JdbcClient jdbc;

  LinkRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores the work item, or refreshes what is stored of it, and returns its row. */
  Row save(LinkedWorkItem item, long organizationId, Instant now) {
    details(
            jdbc.sql(
                """
                insert into linked_work_items (integration_id, organization_id, work_item_id,
                  ado_project_id, work_item_type, title, description, display_name, url,
                  created_at, updated_at)
                values (:installation, :org, :workItem, :project, :type, :title, :description,
                  :displayName, :url, :now, :now)
                on conflict do nothing"""),
            item,
            now)
        .param("org", organizationId)
        .update();
    update(item, now);
    if (item.seen() != null) {
      seen(item.installationId(), item.workItemId(), item.seen());
    }
    return find(item.installationId(), item.workItemId()).orElseThrow();
  }

  void update(LinkedWorkItem item, Instant now) {
    details(
            jdbc.sql(
                """
                update linked_work_items set ado_project_id = :project, work_item_type = :type,
                  title = :title, description = :description, display_name = :displayName,
                  url = :url, updated_at = :now
                where integration_id = :installation and work_item_id = :workItem"""),
            item,
            now)
        .update();
  }

  private static JdbcClient.StatementSpec details(
      JdbcClient.StatementSpec statement, LinkedWorkItem item, Instant now) {
    return statement
        .param("installation", item.installationId())
        .param("workItem", item.workItemId())
        .param("project", item.adoProjectId())
        .param("type", item.workItemType())
        .param("title", item.title())
        .param("description", item.description())
        .param("displayName", item.displayName())
        .param("url", item.url())
        .param("now", Jdbc.timestamp(now));
  }

  /** Stores what ADO said of the work item, unless adolink saw a later revision already. */
  void seen(long installationId, int workItemId, WorkItemSeen seen) {
    jdbc.sql(
            """
            update linked_work_items set seen_state = :state, seen_assignee = :assignee,
              seen_rev = :rev, seen_at = :at
            where integration_id = :installation and work_item_id = :workItem
              and (seen_rev is null or seen_rev <= :rev)""")
        .param("installation", installationId)
        .param("workItem", workItemId)
        .param("state", cut(seen.state(), 128))
        .param("assignee", seen.assignee() == null ? null : cut(seen.assignee(), 256))
        .param("rev", seen.rev())
        .param("at", Jdbc.timestamp(seen.at()))
        .update();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  Optional<Row> find(long installationId, int workItemId) {
    return jdbc.sql(WORK_ITEM)
        .param("installation", installationId)
        .param("workItem", workItemId)
        .query(LinkRepository::row)
        .optional();
  }

  /** Adds the link; {@code false} when it existed (a suspended one becomes active again). */
  boolean link(long rowId, long issueId, Instant now) {
    int added =
        jdbc.sql(
                """
                insert into work_item_links (linked_work_item_id, issue_id, created_at)
                values (:row, :issue, :now) on conflict do nothing""")
            .param("row", rowId)
            .param("issue", issueId)
            .param("now", Jdbc.timestamp(now))
            .update();
    if (added > 0) {
      return true;
    }
    return jdbc.sql(
                "update work_item_links set suspended_at = null where linked_work_item_id = :row"
                    + " and issue_id = :issue and suspended_at is not null")
            .param("row", rowId)
            .param("issue", issueId)
            .update()
        > 0;
  }

  /** Removes the link, active or suspended; {@code false} when there was none. */
  boolean unlink(long rowId, long issueId) {
    return jdbc.sql(
                "delete from work_item_links where linked_work_item_id = :row and issue_id = :issue")
            .param("row", rowId)
            .param("issue", issueId)
            .update()
        > 0;
  }

  /** The active links' work items of an issue, oldest link first. */
  List<LinkedWorkItem> linksOf(long issueId) {
    return jdbc.sql(
            """
            select w.* from work_item_links l
            join linked_work_items w on w.id = l.linked_work_item_id
            where l.issue_id = :issue and l.suspended_at is null
            order by l.created_at, w.id""")
        .param("issue", issueId)
        .query((rs, n) -> row(rs, n).workItem())
        .list();
  }

  /** Issue ids with an active ({@code suspended = false}) or a suspended link to the work item. */
  List<Long> issues(long rowId, boolean suspended) {
    return jdbc.sql(
            "select issue_id from work_item_links where linked_work_item_id = :row and suspended_at"
                + (suspended ? " is not null" : " is null")
                + " order by issue_id")
        .param("row", rowId)
        .query(Long.class)
        .list();
  }

  /** Locks the work item's row for the rest of the transaction. */
  void lock(long rowId) {
    jdbc.sql("select id from linked_work_items where id = :row for update")
        .param("row", rowId)
        .query(Long.class)
        .single();
  }

  /** The work items among these whose links are all suspended (deleted in ADO). */
  Set<Integer> deletedAmong(long installationId, Collection<Integer> workItemIds) {
    if (workItemIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                """
                select w.work_item_id from linked_work_items w
                where w.integration_id = :installation and w.work_item_id in (:workItems)
                  and exists (select 1 from work_item_links l
                              where l.linked_work_item_id = w.id and l.suspended_at is not null)
                  and not exists (select 1 from work_item_links l
                                  where l.linked_work_item_id = w.id and l.suspended_at is null)""")
            .param("installation", installationId)
            .param("workItems", workItemIds)
            .query(Integer.class)
            .list());
  }

  /** Locks the rows of these work items (in id order) for the rest of the transaction. */
  void lockAll(long installationId, Collection<Integer> workItemIds) {
    if (workItemIds.isEmpty()) {
      return;
    }
    jdbc.sql(
            """
            select id from linked_work_items
            where integration_id = :installation and work_item_id in (:workItems)
            order by id for update""")
        .param("installation", installationId)
        .param("workItems", workItemIds)
        .query(Long.class)
        .list();
  }

  /** Hides the active links of a work item deleted in ADO; returns the issues they linked. */
  List<Long> suspend(long rowId, Instant now) {
    List<Long> issues = issues(rowId, false);
    jdbc.sql(
            "update work_item_links set suspended_at = :now where linked_work_item_id = :row"
                + " and suspended_at is null")
        .param("row", rowId)
        .param("now", Jdbc.timestamp(now))
        .update();
    return issues;
  }

  /** Shows the suspended links of a work item again; returns the issues they link. */
  List<Long> resume(long rowId) {
    List<Long> issues = issues(rowId, true);
    jdbc.sql(
            "update work_item_links set suspended_at = null where linked_work_item_id = :row"
                + " and suspended_at is not null")
        .param("row", rowId)
        .update();
    return issues;
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("organization_id"),
        new LinkedWorkItem(
            rs.getLong("integration_id"),
            rs.getInt("work_item_id"),
            rs.getString("ado_project_id"),
            rs.getString("work_item_type"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("display_name"),
            rs.getString("url"),
            seen(rs)));
  }

  private static @Nullable WorkItemSeen seen(ResultSet rs) throws SQLException {
    String state = rs.getString("seen_state");
    Instant at = Jdbc.nullableInstant(rs, "seen_at");
    return state == null || at == null
        ? null
        : new WorkItemSeen(state, rs.getString("seen_assignee"), rs.getInt("seen_rev"), at);
  }
}

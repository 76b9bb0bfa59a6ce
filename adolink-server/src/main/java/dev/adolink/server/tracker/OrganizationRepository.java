package dev.adolink.server.tracker;

import dev.adolink.server.system.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Organizations and their members. */
@Repository
class OrganizationRepository {

  /** An organization seen by one user: their role, or {@code null} if not a member. */
  record OrgForUser(OrgRef organization, @Nullable Role role) {}

  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String slug, String name, Instant now) {
    return Jdbc.insert(
        jdbc.sql("insert into organizations (slug, name, created_at) values (:slug, :name, :now)")
            .param("slug", slug)
            .param("name", name)
            .param("now", Jdbc.timestamp(now)));
  }

  boolean slugExists(String slug) {
    return jdbc.sql("select count(*) from organizations where slug = :slug")
            .param("slug", slug)
            .query(Long.class)
            .single()
        > 0;
  }

  Optional<OrgForUser> findForUser(String slug, long userId) {
    return jdbc.sql(
            """
            select o.*, m.role from organizations o
            left join members m on m.organization_id = o.id and m.user_id = :userId
            where o.slug = :slug""")
        .param("slug", slug)
        .param("userId", userId)
        .query(
            (rs, row) -> {
              String role = rs.getString("role");
              return new OrgForUser(org(rs, row), role == null ? null : Role.valueOf(role));
            })
        .optional();
  }

  List<OrgRef> listForUser(long userId) {
    return jdbc.sql(
            """
            select o.* from organizations o
            join members m on m.organization_id = o.id and m.user_id = :userId
            order by o.slug""")
        .param("userId", userId)
        .query(OrganizationRepository::org)
        .list();
  }

  Optional<OrgRef> find(long id) {
    return jdbc.sql("select * from organizations where id = :id")
        .param("id", id)
        .query(OrganizationRepository::org)
        .optional();
  }

  List<OrgRef> listAll() {
    return jdbc.sql("select * from organizations order by slug")
        .query(OrganizationRepository::org)
        .list();
  }

  void insertMember(long organizationId, long userId, Role role, Instant now) {
    jdbc.sql(
            """
            insert into members (organization_id, user_id, role, created_at)
            values (:organizationId, :userId, :role, :now)""")
        .param("organizationId", organizationId)
        .param("userId", userId)
        .param("role", role.name())
        .param("now", Jdbc.timestamp(now))
        .update();
  }

  boolean isMember(long organizationId, long userId) {
    return jdbc.sql("select count(*) from members where organization_id = :org and user_id = :user")
            .param("org", organizationId)
            .param("user", userId)
            .query(Long.class)
            .single()
        > 0;
  }

  List<Member> members(long organizationId) {
    return jdbc.sql(
            """
            select u.id, u.email, u.name, m.role, m.created_at from members m
            join users u on u.id = m.user_id
            where m.organization_id = :org order by u.email""")
        .param("org", organizationId)
        .query(
            (rs, row) ->
                new Member(
                    new UserRef(rs.getLong("id"), rs.getString("email"), rs.getString("name")),
                    Role.valueOf(rs.getString("role")),
                    Jdbc.instant(rs, "created_at")))
        .list();
  }

  /** The member of this organization with this email, if there is one. */
  Optional<UserRef> findMember(long organizationId, String email) {
    return jdbc.sql(
            """
            select u.id, u.email, u.name from members m join users u on u.id = m.user_id
            where m.organization_id = :org and u.email = :email""")
        .param("org", organizationId)
        .param("email", email)
        .query(
            (rs, row) -> new UserRef(rs.getLong("id"), rs.getString("email"), rs.getString("name")))
        .optional();
  }

  private static OrgRef org(ResultSet rs, int row) throws SQLException {
    return new OrgRef(rs.getLong("id"), rs.getString("slug"), rs.getString("name"));
  }
}

package dev.adolink.server.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@AdolinkIT
class ConfigIT {

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;
  @Autowired Installations installations;
  @Autowired JdbcClient jdbc;

  Installed installed;

  @BeforeEach
  void install() {
    installed = integrations.installed();
  }

  String path() {
    return installed.path() + "config/";
  }

  TestApi.Response put(Object body) {
    return api.put(path(), installed.org().owner().token(), body);
  }

  JsonNode get() {
    TestApi.Response response = api.get(path(), installed.org().owner().token());
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  JsonNode project(JsonNode config, String name) {
    for (JsonNode project : config.get("choices").get("projects")) {
      if (project.get("name").asString().equals(name)) {
        return project;
      }
    }
    throw new AssertionError("no project " + name);
  }

  @Nested
  class Reading {

    @Test
    void startsWithEverythingOff() {
      JsonNode config = get();

      assertThat(config.get("sync_status_forward").isEmpty()).isTrue();
      for (String flag :
          List.of(
              "sync_status_reverse",
              "sync_forward_assignment",
              "sync_reverse_assignment",
              "sync_comments")) {
        assertThat(config.get(flag).asBoolean()).as(flag).isFalse();
      }
      SyncConfig sync = installations.config(installed.id());
      assertThat(sync.syncsStatusForward()).isFalse();
      assertThat(sync.comments()).isFalse();
    }

    @Test
    void offersEveryProjectWithTheStatesOfEachWorkItemType() {
      JsonNode config = get();

      assertThat(config.get("choices").get("disabled").asBoolean()).isFalse();
      assertThat(config.get("choices").get("projects"))
          .extracting(p -> p.get("name").asString())
          .containsExactlyInAnyOrderElementsOf(IntegrationFixtures.PROJECTS);
      JsonNode web = project(config, "Web");
      JsonNode story = type(web, "User Story");
      assertThat(story.get("states"))
          .extracting(s -> s.get("name").asString())
          .contains("New", "Active", "Resolved", "Closed");
      assertThat(story.get("states"))
          .filteredOn(s -> s.get("name").asString().equals("Closed"))
          .singleElement()
          .satisfies(s -> assertThat(s.get("category").asString()).isEqualTo("Completed"));
      JsonNode mobile = project(config, "Mobile");
      assertThat(type(mobile, "Product Backlog Item").get("states"))
          .extracting(s -> s.get("name").asString())
          .contains("Done");
    }

    @Test
    void offersProjectsBeyondTheFirstPageOfOneHundred() {
      for (int i = 0; i < 100; i++) {
        integrations.emulator().createProject(installed.ado().name(), "Extra " + i, "Basic");
      }

      JsonNode projects = get().get("choices").get("projects");

      assertThat(projects).hasSize(102);
      assertThat(projects).allSatisfy(p -> assertThat(p.get("workItemTypes")).isNotEmpty());
    }

    JsonNode type(JsonNode project, String name) {
      for (JsonNode type : project.get("workItemTypes")) {
        if (type.get("name").asString().equals(name)) {
          return type;
        }
      }
      throw new AssertionError("no type " + name + " in " + project);
    }
  }

  @Nested
  class Saving {

    @Test
    void storesTheStatusMappingPerProjectAndType() {
      String web = project(get(), "Web").get("id").asString();

      TestApi.Response response =
          put(
              Map.of(
                  "sync_status_forward",
                  Map.of(
                      web,
                      Map.of(
                          "on_resolve",
                          "Resolved",
                          "on_unresolve",
                          "Active",
                          "types",
                          Map.of(
                              "User Story",
                              Map.of("on_resolve", "Closed", "on_unresolve", "New"))))));

      assertThat(response.status()).as(response.body()).isEqualTo(200);
      JsonNode mapping = get().get("sync_status_forward").get(web);
      assertThat(mapping.get("on_resolve").asString()).isEqualTo("Resolved");
      assertThat(mapping.get("types").get("User Story").get("on_unresolve").asString())
          .isEqualTo("New");
      assertThat(
              jdbc.sql(
                      "select count(*) from integration_status_mappings where integration_id = :id")
                  .param("id", installed.id())
                  .query(Long.class)
                  .single())
          .isEqualTo(2);
      SyncConfig sync = installations.config(installed.id());
      assertThat(sync.syncsStatusForward()).isTrue();
      assertThat(sync.mapping(web, "User Story").orElseThrow().onResolve()).isEqualTo("Closed");
      assertThat(sync.mapping(web, "Bug").orElseThrow().onResolve()).isEqualTo("Resolved");
      assertThat(sync.mapping("another project", "Bug")).isEmpty();
    }

    @Test
    void replacesAllMappingsOnEachSave() {
      put(
          Map.of(
              "sync_status_forward",
              Map.of("p1", Map.of("on_resolve", "Done", "on_unresolve", "New"))));

      put(
          Map.of(
              "sync_status_forward",
              Map.of("p2", Map.of("on_resolve", "Done", "on_unresolve", "New"))));

      assertThat(get().get("sync_status_forward").propertyNames()).containsExactly("p2");
      put(Map.of("sync_status_forward", Map.of()));
      assertThat(installations.config(installed.id()).syncsStatusForward()).isFalse();
    }

    @Test
    void refusesAMappingWithoutBothStatesAndSavesNothing() {
      put(Map.of("sync_comments", true));

      TestApi.Response response =
          put(
              Map.of(
                  "sync_status_forward",
                  Map.of("p1", Map.of("on_resolve", "Done")),
                  "sync_comments",
                  false));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("sync_status_forward"))
          .isEqualTo("Resolve and unresolve status are required.");
      assertThat(get().get("sync_comments").asBoolean()).isTrue();
      assertThat(get().get("sync_status_forward").isEmpty()).isTrue();
    }

    @Test
    void refusesATypeMappingWithAnEmptyState() {
      TestApi.Response response =
          put(
              Map.of(
                  "sync_status_forward",
                  Map.of(
                      "p1",
                      Map.of(
                          "on_resolve",
                          "Done",
                          "on_unresolve",
                          "New",
                          "types",
                          Map.of("Bug", Map.of("on_resolve", "", "on_unresolve", "New"))))));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("sync_status_forward")).contains("Resolve and unresolve");
    }

    @Test
    void mergesFlagsAndKeepsUnknownKeys() {
      put(Map.of("sync_comments", true, "other_option", "kept"));
      put(Map.of("sync_status_reverse", true, "choices", Map.of("ignored", true)));

      JsonNode config = get();
      assertThat(config.get("sync_comments").asBoolean()).isTrue();
      assertThat(config.get("sync_status_reverse").asBoolean()).isTrue();
      assertThat(config.get("other_option").asString()).isEqualTo("kept");
      SyncConfig sync = installations.config(installed.id());
      assertThat(sync.comments()).isTrue();
      assertThat(sync.statusReverse()).isTrue();
      assertThat(sync.forwardAssignment()).isFalse();
    }

    @Test
    void refusesAFlagThatIsNotABoolean() {
      TestApi.Response response = put(Map.of("sync_comments", "yes"));

      assertThat(response.status()).isEqualTo(400);
      assertThat(response.error("sync_comments")).isEqualTo("must be true or false");
    }

    @Test
    void needsTheManagerRole() {
      var member = tracker.member(installed.org().slug(), "member");

      assertThat(api.put(path(), member.token(), Map.of("sync_comments", true)).status())
          .isEqualTo(403);
      assertThat(api.get(path(), member.token()).status()).isEqualTo(200);
    }
  }
}

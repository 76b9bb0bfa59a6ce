package dev.adolink.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.server.support.AdolinkIT;
import dev.adolink.server.support.IntegrationFixtures;
import dev.adolink.server.support.IntegrationFixtures.Installed;
import dev.adolink.server.support.TestApi;
import dev.adolink.server.support.TrackerFixtures;
import dev.adolink.server.support.TrackerFixtures.TestOrg;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad requests that were answered 500 (or accepted) before, each answered 4xx naming the field.
 */
@AdolinkIT
class BadInputIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired TestApi api;
  @Autowired TrackerFixtures tracker;
  @Autowired IntegrationFixtures integrations;

  @Nested
  class WrongTypes {

    @Test
    void aNumberWhereAStringBelongsIs400NamingTheField() {
      TestOrg org = tracker.organization();
      TestApi.Response response =
          api.send(
              "POST", newIssuePath(org), "Bearer " + org.owner().token(), "{\"title\": 12345}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("title")).contains("wrong type");
    }

    @Test
    void aBooleanWhereAStringBelongsIs400NamingTheField() {
      TestApi.Response response =
          api.send(
              "POST",
              "/api/0/organizations/",
              "Bearer " + TestApi.ADMIN_TOKEN,
              "{\"slug\": true, \"name\": \"x\"}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("slug")).contains("wrong type");
    }

    @Test
    void aStringWhereANumberBelongsIs400() {
      TestOrg org = tracker.organization();
      TestApi.Response response =
          api.send(
              "POST",
              newIssuePath(org),
              "Bearer " + org.owner().token(),
              "{\"title\": \"t\", \"stacktrace\": {\"frames\": [{\"filename\": \"a.py\", \"lineNo\": \"12\"}]}}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.body()).contains("lineNo");
    }
  }

  @Nested
  class NullsInLists {

    @Test
    void aNullStackFrameIs400() {
      TestOrg org = tracker.organization();
      TestApi.Response response =
          api.send(
              "POST",
              newIssuePath(org),
              "Bearer " + org.owner().token(),
              "{\"title\": \"t\", \"stacktrace\": {\"frames\": [null]}}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.json().path("errors").has("stacktrace.frames[0]"))
          .as(response.body())
          .isTrue();
    }

    @Test
    void aNullReleaseRefIs400() {
      TestOrg org = tracker.organization();
      TestApi.Response response =
          api.send(
              "POST",
              "/api/0/organizations/" + org.slug() + "/releases/",
              "Bearer " + org.owner().token(),
              "{\"version\": \"1.0\", \"projects\": [\""
                  + org.project()
                  + "\"], \"refs\": [null]}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.json().path("errors").has("refs[0]")).as(response.body()).isTrue();
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551616", "1e308", "-9223372036854775809", "1.5"})
    void aUserMappingsUserOutOfRangeIs400(String user) {
      Installed installed = integrations.installed();
      TestApi.Response response =
          api.send(
              "POST",
              installed.path() + "user-mappings/",
              "Bearer " + installed.org().owner().token(),
              "{\"user\": " + user + ", \"adoIdentity\": \"x@ado.test\"}");
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("user")).contains("member");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775808",
          "18446744073709551616",
          "1e30",
          "0",
          "2.5"
        })
    void anAlertRulesMinEventsOutOfRangeIs400OnCreateAndUpdate(String minEvents) {
      Installed installed = integrations.installed();
      String rules =
          "/api/0/projects/"
              + installed.org().slug()
              + "/"
              + installed.org().project()
              + "/alert-rules/";
      String token = installed.org().owner().token();
      String valid = rule(installed.id(), "1");
      TestApi.Response created = api.send("POST", rules, "Bearer " + token, valid);
      assertThat(created.status()).as(created.body()).isEqualTo(201);

      TestApi.Response post =
          api.send("POST", rules, "Bearer " + token, rule(installed.id(), minEvents));
      TestApi.Response put =
          api.send(
              "PUT",
              rules + created.json().get("id").asString() + "/",
              "Bearer " + token,
              rule(installed.id(), minEvents));

      for (TestApi.Response response : List.of(post, put)) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.error("conditions.minEvents")).contains("whole number");
      }
    }

    static String rule(long installation, String minEvents) {
      return "{\"name\": \"r-"
          + UUID.randomUUID()
          + "\", \"conditions\": {\"minEvents\": "
          + minEvents
          + "}, \"action\": {\"integrationId\": "
          + installation
          + ", \"project\": \"Web\", \"work_item_type\": \"Bug\"}}";
    }

    @Test
    void aWorkItemFieldValueBeyond64BitsIsAClientError() {
      Installed installed = integrations.installed();
      String issue = tracker.issue(installed.org(), "Overflow").get("shortId").asString();
      TestApi.Response response =
          api.send(
              "POST",
              "/api/0/organizations/"
                  + installed.org().slug()
                  + "/issues/"
                  + issue
                  + "/integrations/"
                  + installed.id()
                  + "/",
              "Bearer " + installed.org().owner().token(),
              "{\"project\": \"Web\", \"work_item_type\": \"Bug\", \"title\": \"t\","
                  + " \"Microsoft.VSTS.Common.Priority\": 18446744073709551616}");
      assertThat(response.status()).as(response.body()).isBetween(400, 499);
    }
  }

  @Nested
  class ServicePrincipalInstall {

    @ParameterizedTest
    @ValueSource(strings = {"💥 \u202Eevil", "../../x", "a b", "tenant/oauth2", ""})
    void aTenantIdThatIsNotAGuidOrDomainIs400(String tenant) {
      Installed installed = integrations.installed();
      TestApi.Response response =
          api.post(
              "/api/0/organizations/" + installed.org().slug() + "/integrations/azure-devops/",
              installed.org().owner().token(),
              Map.of(
                  "organizationUrl",
                  installed.ado().url(),
                  "tenantId",
                  tenant,
                  "clientId",
                  "client",
                  "clientSecret",
                  "secret"));
      assertThat(response.status()).as(response.body()).isEqualTo(400);
      assertThat(response.error("tenantId")).isNotBlank();
    }
  }

  @Nested
  class TheAlertRulesForm {

    @Test
    void withAnIntegrationThatIsNotTheOrganizationsRendersWhole() {
      Installed installed = integrations.installed();
      Session session = new Session(api, installed.org().owner().email(), TrackerFixtures.PASSWORD);
      String page =
          "/organizations/"
              + installed.org().slug()
              + "/projects/"
              + installed.org().project()
              + "/alert-rules/";
      TestApi.Response response =
          session.post(page, Map.of("integrationId", "-1", "name", "", "minEvents", "1e308"));
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.body()).contains("</html>").contains("rule-form");
      assertThat(session.get(page + "?integration=-1").body())
          .contains("</html>")
          .contains("rule-form");
    }
  }

  @Nested
  class MalformedWebhookDeliveries {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "resource=[]",
          "resource.fields=[]",
          "resource.revision=7",
          "resource.workItemId=18446744073709551616",
          "resource.workItemId=9999999999",
          "resource.rev=1.5",
          "resource.fields.System.State=[]",
          "resource.revision.fields=\"x\"",
          "message.text=1e400"
        })
    void withAValidSecretAre400AndKeptAsRejected(String change) throws IOException {
      Installed installed = integrations.installed();
      String secret = integrations.secret(installed, "workitem.updated");
      ObjectNode body;
      try (InputStream in =
          getClass()
              .getResourceAsStream("/dev/adolink/server/webhooks/IntakeIT/workitem-updated.json")) {
        body = (ObjectNode) JSON.readTree(in);
      }
      ((ObjectNode) body.get("resourceContainers").get("collection"))
          .put("id", installed.ado().id());
      body.put("id", UUID.randomUUID().toString());
      String text = apply(body, change);

      TestApi.Response response = integrations.deliver(text, secret);

      assertThat(response.status()).as(change + ": " + response.body()).isEqualTo(400);
      TestApi.Response listed =
          api.get(
              installed.path() + "deliveries/?status=rejected", installed.org().owner().token());
      assertThat(listed.json().size()).as(response.body() + " then " + listed).isPositive();
      JsonNode rejected = listed.json().get(0);
      assertThat(rejected.get("httpStatus").asInt()).isEqualTo(400);
      assertThat(rejected.get("reason").asString()).startsWith("malformed payload");
      assertThat(rejected.get("installationId").asLong()).isEqualTo(installed.id());
    }

    /**
     * {@code a.b=json}: the field at that path (ADO field names keep their dots) set to raw JSON.
     */
    private String apply(ObjectNode body, String change) {
      String path = change.substring(0, change.indexOf('='));
      String value = change.substring(change.indexOf('=') + 1);
      String placeholder = "\"__replaced__\"";
      ObjectNode parent = body;
      String[] parts = path.split("\\.", 3);
      String last;
      if (parts[0].equals("resource") && parts.length == 3 && parts[1].equals("fields")) {
        parent = (ObjectNode) body.get("resource").get("fields");
        last = parts[2];
      } else if (path.equals("resource.revision.fields")) {
        parent = (ObjectNode) body.get("resource").get("revision");
        last = "fields";
      } else {
        for (int i = 0; i < parts.length - 1; i++) {
          parent = (ObjectNode) parent.get(parts[i]);
        }
        last = parts[parts.length - 1];
      }
      parent.put(last, "__replaced__");
      return body.toString().replace(placeholder, value);
    }
  }

  static String newIssuePath(TrackerFixtures.TestOrg org) {
    return "/api/0/projects/" + org.slug() + "/" + org.project() + "/issues/";
  }
}

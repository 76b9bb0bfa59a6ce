package dev.adolink.azure.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.adolink.azure.auth.AuthContext.FormResponse;
import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.ReauthorizationRequiredException;
import dev.adolink.azure.error.ServerErrorException;
import dev.adolink.azure.testing.TestTime;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenResponsesTest {

  private static final URI ENDPOINT = URI.create("https://login.example/token");
  private final TestTime time = TestTime.startingAt("2026-01-01T00:00:00Z");

  @Test
  void readsAJsonAnswerWithExpiresInAsANumberOrAString() {
    TokenSet tokens =
        TokenResponses.read(
            ENDPOINT,
            new FormResponse(
                200,
                "application/json",
                "{\"access_token\":\"at\",\"refresh_token\":\"rt\",\"expires_in\":\"3599\"}"),
            time,
            null);

    assertThat(tokens.accessToken()).isEqualTo("at");
    assertThat(tokens.refreshToken()).isEqualTo("rt");
    assertThat(tokens.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:59:59Z"));
  }

  @Test
  void readsAFormEncodedAnswerOfTheLegacyEndpoint() {
    TokenSet tokens =
        TokenResponses.read(
            ENDPOINT,
            new FormResponse(
                200,
                "application/x-www-form-urlencoded",
                "access_token=a%2Bb&token_type=jwt-bearer&expires_in=300&refresh_token=r"),
            time,
            null);

    assertThat(tokens.accessToken()).isEqualTo("a+b");
    assertThat(tokens.expiresAt()).isEqualTo(Instant.parse("2026-01-01T00:05:00Z"));
  }

  @Test
  void keepsThePreviousRefreshTokenWhenNoNewOneComes() {
    TokenSet tokens =
        TokenResponses.read(
            ENDPOINT,
            new FormResponse(200, "application/json", "{\"access_token\":\"at\"}"),
            time,
            "old");

    assertThat(tokens.refreshToken()).isEqualTo("old");
  }

  @Test
  void aRefusedGrantMeansTheUserMustAuthorizeAgain() {
    assertThatThrownBy(
            () ->
                TokenResponses.read(
                    ENDPOINT,
                    new FormResponse(
                        400,
                        "application/json",
                        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired\"}"),
                    time,
                    "rt"))
        .isInstanceOf(ReauthorizationRequiredException.class)
        .hasMessageContaining("invalid_grant");
    assertThatThrownBy(
            () ->
                TokenResponses.read(
                    ENDPOINT, new FormResponse(401, "text/html", "<html/>"), time, "rt"))
        .isInstanceOf(ReauthorizationRequiredException.class);
  }

  @Test
  void otherFailuresAreNotReauthorization() {
    assertThatThrownBy(
            () ->
                TokenResponses.read(
                    ENDPOINT,
                    new FormResponse(400, "application/json", "{\"error\":\"invalid_request\"}"),
                    time,
                    "rt"))
        .isExactlyInstanceOf(AzureDevOpsException.class);
    assertThatThrownBy(
            () -> TokenResponses.read(ENDPOINT, new FormResponse(503, "", ""), time, "rt"))
        .isInstanceOf(ServerErrorException.class);
  }

  @Test
  void readsTheCapitalizedErrorOfTheLegacyEndpoint() {
    assertThatThrownBy(
            () ->
                TokenResponses.read(
                    ENDPOINT,
                    new FormResponse(
                        400,
                        "application/json",
                        "{\"Error\":\"invalid_grant\",\"ErrorDescription\":\"already used\"}"),
                    time,
                    "rt"))
        .isInstanceOf(ReauthorizationRequiredException.class)
        .hasMessageContaining("already used");
  }
}

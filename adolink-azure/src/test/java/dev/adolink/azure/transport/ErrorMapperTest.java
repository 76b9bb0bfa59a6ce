package dev.adolink.azure.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.error.AzureDevOpsException;
import dev.adolink.azure.error.NotFoundException;
import dev.adolink.azure.error.RateLimitedException;
import dev.adolink.azure.error.RevisionConflictException;
import dev.adolink.azure.error.RuleValidationException;
import dev.adolink.azure.error.ServerErrorException;
import dev.adolink.azure.error.UnauthorizedException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ErrorMapperTest {

  private static AzureDevOpsException map(int status, String body) {
    return ErrorMapper.failure(
        "GET",
        "https://dev.azure.com/x/_apis/y",
        status,
        ErrorBody.parse(body.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8"),
        Duration.ofSeconds(30));
  }

  @Test
  void carriesAdosTypeKeyAndMessage() {
    AzureDevOpsException error =
        map(
            404,
            """
            {"$id":"1","innerException":null,"message":"TF401019: The Git repository with name or \
            identifier X does not exist.","typeName":"Microsoft.TeamFoundation.Git.Server.\
            GitRepositoryNotFoundException","typeKey":"GitRepositoryNotFoundException",\
            "errorCode":0,"eventId":3000}
            """);

    assertThat(error).isInstanceOf(NotFoundException.class);
    assertThat(error.typeKey()).isEqualTo("GitRepositoryNotFoundException");
    assertThat(error.serverMessage()).startsWith("TF401019");
    assertThat(error.getMessage())
        .isEqualTo(
            "GET https://dev.azure.com/x/_apis/y -> 404 GitRepositoryNotFoundException: TF401019:"
                + " The Git repository with name or identifier X does not exist.");
  }

  @Test
  void mapsTheStatusesCallersBranchOn() {
    assertThat(map(401, "{}")).isInstanceOf(UnauthorizedException.class);
    assertThat(map(412, "{}")).isInstanceOf(RevisionConflictException.class);
    assertThat(map(500, "{}"))
        .isInstanceOf(ServerErrorException.class)
        .matches(e -> e.isRetryable());
    assertThat(map(403, "{}")).isExactlyInstanceOf(AzureDevOpsException.class);
    assertThat(map(409, "{}").isRetryable()).isFalse();
  }

  @Test
  void aBlockedRequestCarriesItsDelay() {
    AzureDevOpsException error =
        map(429, "{\"message\":\"TF400733: The request has been canceled\"}");

    assertThat(error).isInstanceOf(RateLimitedException.class);
    assertThat(((RateLimitedException) error).retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void namesTheFieldsOfARuleViolation() {
    AzureDevOpsException error =
        map(
            400,
            """
            {"message":"TF401320: Rule Error for field State. Error code: LimitedToValues.",
             "typeKey":"RuleValidationException",
             "customProperties":{"RuleValidationErrors":[
               {"fieldReferenceName":"System.State","fieldStatusFlags":"required, hasValues",
                "errorMessage":"TF401320: Rule Error for field State."}]}}
            """);

    assertThat(error).isInstanceOf(RuleValidationException.class);
    assertThat(((RuleValidationException) error).violations())
        .extracting(RuleValidationException.Violation::fieldReferenceName)
        .containsExactly("System.State");
  }

  @Test
  void aSignInPageInsteadOfJsonIsAnAuthenticationFailure() {
    byte[] html = "<html>Sign in</html>".getBytes(StandardCharsets.UTF_8);

    assertThat(ErrorMapper.isSignInPage(203, "text/html", html, ApiCall.JSON)).isTrue();
    assertThat(ErrorMapper.isSignInPage(200, "text/html", html, ApiCall.JSON)).isTrue();
    assertThat(ErrorMapper.isSignInPage(200, "text/plain", html, "text/plain")).isFalse();
    assertThat(ErrorMapper.isSignInPage(204, "", new byte[0], ApiCall.JSON)).isFalse();
    assertThat(map(203, "")).isInstanceOf(UnauthorizedException.class);
  }

  @Test
  void aBodyThatIsNotJsonGivesNoMessage() {
    ErrorBody body = ErrorBody.parse("<html/>".getBytes(StandardCharsets.UTF_8), "text/html");

    assertThat(body).isEqualTo(ErrorBody.NONE);
  }
}

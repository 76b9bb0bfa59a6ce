package dev.adolink.azure.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.adolink.azure.git.GitCommit;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading the docs sample of a {@code git.push} delivery, and what cannot be read. */
class GitPushEventTest {

  @Test
  void theSampleGivesItsRepositoryPushAndListedCommits() {
    GitPushEvent push = GitPushEvent.read(Samples.read("webhook-git-push.json"));

    assertThat(push.repositoryId()).isEqualTo("7aa31685-abcf-40be-8c18-aaa45067d7bb");
    assertThat(push.pushId()).isEqualTo(1168);
    assertThat(push.commits())
        .extracting(GitCommit::commitId, GitCommit::comment, GitCommit::commentTruncated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "c8e823a60a85381732726d6a9b6a276e71e6ce12", "A meaningful commit message.", true));
    assertThat(push.mayHaveMore()).isFalse();
    assertThat(GitPushEvent.malformed(Samples.read("webhook-git-push.json"))).isEmpty();
  }

  @Test
  void aPushListingAHundredCommitsMayHaveMore() {
    ObjectNode payload = Samples.read("webhook-git-push.json");
    ArrayNode commits = ((ObjectNode) payload.get("resource")).putArray("commits");
    for (int i = 0; i < GitPushEvent.LISTED_COMMITS; i++) {
      commits.addObject().put("commitId", "%040x".formatted(i + 1)).put("comment", "c" + i);
    }
    assertThat(GitPushEvent.read(payload).mayHaveMore()).isTrue();
  }

  @Test
  void commitsWithoutAnIdAreLeftOutAndAMissingRepositoryReadsAsEmpty() {
    GitPushEvent push =
        GitPushEvent.read(
            Samples.parse(
                "{\"resource\":{\"commits\":[{\"comment\":\"x\"},{\"commitId\":\"a\"}]}}"));
    assertThat(push.repositoryId()).isEmpty();
    assertThat(push.pushId()).isZero();
    assertThat(push.commits()).extracting(GitCommit::commitId).containsExactly("a");
  }

  @Test
  void whatCannotBeReadIsNamed() {
    assertThat(GitPushEvent.malformed(Samples.parse("{\"resource\":1}")))
        .contains("resource must be a JSON object");
    assertThat(GitPushEvent.malformed(Samples.parse("{\"resource\":{\"commits\":{}}}")))
        .contains("resource.commits must be a list");
    assertThat(GitPushEvent.malformed(Samples.parse("{\"resource\":{\"repository\":\"r\"}}")))
        .contains("resource.repository must be a JSON object");
    assertThat(GitPushEvent.malformed(Samples.parse("{\"resource\":{\"pushId\":3000000000}}")))
        .contains("resource.pushId must be a whole number of 32 bits");
  }
}

// Drives the emulator with Microsoft's official Node.js client (azure-devops-node-api), which
// discovers resource areas and route templates (OPTIONS _apis) the way it does against ADO.
// Usage: node official-client.mjs <organization url> <pat>. Prints one JSON object of what it
// read; exits non-zero on the first failed call or check.
import * as azdev from "azure-devops-node-api";
import GitInterfaces from "azure-devops-node-api/interfaces/GitInterfaces.js";
import WitInterfaces from "azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js";
import VSSInterfaces from "azure-devops-node-api/interfaces/common/VSSInterfaces.js";
import assert from "node:assert/strict";

// Typed enums, as a TypeScript caller writes them: the client sends their numbers.
const { GitVersionType, VersionControlChangeType, ItemContentType, VersionControlRecursionType } =
  GitInterfaces;
const {
  WorkItemExpand,
  WorkItemErrorPolicy,
  TreeStructureGroup,
  ClassificationNodesErrorPolicy,
  WorkItemTypeFieldsExpandLevel,
  CommentSortOrder,
} = WitInterfaces;
const { Operation } = VSSInterfaces;

const [orgUrl, pat] = process.argv.slice(2);
if (!orgUrl || !pat) {
  console.error("usage: node official-client.mjs <organization url> <pat>");
  process.exit(2);
}

const connection = new azdev.WebApi(orgUrl, azdev.getPersonalAccessTokenHandler(pat));
const seen = {};

const data = await connection.connect();
assert.ok(data.authenticatedUser?.id, "connection data names the user");
seen.user = data.authenticatedUser.providerDisplayName;

const core = await connection.getCoreApi();
const projects = await core.getProjects();
seen.projects = projects.map((p) => p.name).sort();
const web = await core.getProject("Web");
assert.equal(web.name, "Web");

const git = await connection.getGitApi();
const repositories = await git.getRepositories("Web");
seen.repositories = repositories.map((r) => r.name).sort();
const repo = repositories.find((r) => r.name === "Web");
assert.ok(repo, "the Web repository is listed");
const commits = await git.getCommits(
  repo.id,
  { itemVersion: { version: "main", versionType: GitVersionType.Branch } },
  "Web",
);
seen.commits = commits.length;
assert.ok(commits.length >= 2, "main has the seeded commits");
const changes = await git.getChanges(commits[0].commitId, repo.id, "Web");
seen.changeTypes = changes.changes.map((c) => c.changeType).sort();

const wit = await connection.getWorkItemTrackingApi();
const created = await wit.createWorkItem(
  null,
  [
    { op: Operation.Add, path: "/fields/System.Title", value: "Created by the official client" },
    { op: Operation.Add, path: "/fields/System.AssignedTo", value: "alice@fabrikam.example" },
  ],
  "Web",
  "Bug",
);
assert.ok(created.id > 0, "a work item id");
const updated = await wit.updateWorkItem(
  null,
  [
    { op: Operation.Test, path: "/rev", value: created.rev },
    { op: Operation.Add, path: "/fields/System.State", value: "Resolved" },
  ],
  created.id,
);
assert.equal(updated.fields["System.State"], "Resolved");
assert.equal(updated.rev, created.rev + 1);
const read = await wit.getWorkItem(created.id);
assert.equal(read.fields["System.AssignedTo"].uniqueName, "alice@fabrikam.example");
seen.workItem = { id: read.id, rev: read.rev, state: read.fields["System.State"] };

const states = await wit.getWorkItemTypeStates("Web", "Bug");
seen.bugStates = states.map((s) => `${s.name}:${s.category}`);

const query = await wit.queryByWiql(
  { query: `Select [System.Id] From WorkItems Where [System.Id] = ${created.id}` },
  { project: "Web" },
);
assert.deepEqual(query.workItems.map((w) => w.id), [created.id]);

await wit.addComment({ text: "A comment from the official client" }, "Web", created.id);
await wit.addComment({ text: "A second comment" }, "Web", created.id);
const comments = await wit.getComments(
  "Web", created.id, undefined, undefined, undefined, undefined, CommentSortOrder.Asc);
assert.equal(comments.comments.at(-1).text, "A second comment");
comments.comments = comments.comments.slice(0, 1);
seen.comments = comments.comments.map((c) => c.text);

const batch = await wit.getWorkItems([created.id], ["System.Title", "System.State"]);
assert.equal(batch[0].fields["System.Title"], "Created by the official client");
const categories = await wit.getWorkItemTypeCategories("Web");
seen.categories = categories.map((c) => c.referenceName).sort();

const item = await git.getItem(repo.id, "/src/app.js", "Web", undefined, undefined, undefined, undefined, undefined, { version: commits.at(-1).commitId, versionType: GitVersionType.Commit }, true);
assert.match(item.content, /hello/);
seen.file = item.path;

// Enums as numbers, everywhere the client's typed enums go: bodies, query strings, path segments.
const tree = await git.getItems(repo.id, "Web", "/", VersionControlRecursionType.Full);
assert.ok(tree.some((i) => i.path === "/src/app.js"), "a full recursion lists nested files");
const [main] = await git.getRefs(repo.id, "Web", "heads/main");
const push = await git.createPush(
  {
    refUpdates: [{ name: "refs/heads/main", oldObjectId: main.objectId }],
    commits: [
      {
        comment: "Pushed with typed enums",
        changes: [
          {
            changeType: VersionControlChangeType.Add,
            item: { path: "/typed.txt" },
            newContent: { content: "typed", contentType: ItemContentType.RawText },
          },
          {
            changeType: VersionControlChangeType.Edit | VersionControlChangeType.Rename,
            sourceServerItem: "/src/app.js",
            item: { path: "/src/main.js" },
            newContent: { content: "aGVsbG8gYWdhaW4=", contentType: ItemContentType.Base64Encoded },
          },
        ],
      },
    ],
  },
  repo.id,
  "Web",
);
const pushed = await git.getChanges(push.commits[0].commitId, repo.id, "Web");
seen.pushedChangeTypes = pushed.changes.map((c) => c.changeType).sort((a, b) => a - b);
const byCommit = await git.getCommitsBatch(
  { itemVersion: { version: push.commits[0].commitId, versionType: GitVersionType.Commit }, $top: 1 },
  repo.id,
  "Web",
);
assert.equal(byCommit[0].commitId, push.commits[0].commitId);

const parent = await wit.createWorkItem(
  null, [{ op: Operation.Add, path: "/fields/System.Title", value: "Parent" }], "Web", "Task");
await wit.updateWorkItem(
  null,
  [{ op: Operation.Add, path: "/relations/-", value: { rel: "System.LinkTypes.Hierarchy-Reverse", url: parent.url } }],
  created.id,
);
const expanded = await wit.getWorkItem(created.id, undefined, undefined, WorkItemExpand.Relations);
seen.relations = expanded.relations.length;
const omitted = await wit.getWorkItems(
  [created.id, 999999], undefined, undefined, WorkItemExpand.All, WorkItemErrorPolicy.Omit);
assert.equal(omitted.length, 2);
assert.equal(omitted[1], null);
assert.equal(omitted[0].relations.length, 1);
const batched = await wit.getWorkItemsBatch({
  ids: [created.id, 999999], $expand: WorkItemExpand.Relations, errorPolicy: WorkItemErrorPolicy.Omit });
assert.equal(batched[0].relations.length, 1);
const iterations = await wit.getClassificationNode("Web", TreeStructureGroup.Iterations, undefined, 1);
seen.iterationsRoot = iterations.structureType;
const nodes = await wit.getClassificationNodes(
  "Web", [iterations.id, 999999], 0, ClassificationNodesErrorPolicy.Omit);
assert.equal(nodes.length, 2);
assert.equal(nodes[1], null);
const fields = await wit.getWorkItemTypeFieldsWithReferences(
  "Web", "Bug", WorkItemTypeFieldsExpandLevel.AllowedValues);
assert.ok(fields.some((f) => f.allowedValues?.length > 0), "allowed values are expanded");

// Endpoints other clients call: refs without a push, branch stats, teams, relation types.
const refResults = await git.updateRefs(
  [{ name: "refs/heads/from-client", oldObjectId: "0".repeat(40), newObjectId: push.commits[0].commitId }],
  repo.id,
  "Web",
);
assert.equal(refResults[0].success, true);
const branches = await git.getBranches(repo.id, "Web");
seen.branches = branches.map((b) => b.name).sort();
const teams = await core.getTeams(web.id);
seen.teams = teams.map((t) => t.name);
const relationTypes = await wit.getRelationTypes();
assert.ok(relationTypes.some((t) => t.referenceName === "System.LinkTypes.Hierarchy-Forward"));

console.log(JSON.stringify(seen));

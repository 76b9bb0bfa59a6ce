// Drives the emulator with Microsoft's official Node.js client (azure-devops-node-api), which
// discovers resource areas and route templates (OPTIONS _apis) the way it does against ADO.
// Usage: node official-client.mjs <organization url> <pat>. Prints one JSON object of what it
// read; exits non-zero on the first failed call or check.
import * as azdev from "azure-devops-node-api";
import assert from "node:assert/strict";

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
const commits = await git.getCommits(repo.id, { itemVersion: { version: "main" } }, "Web");
seen.commits = commits.length;
assert.ok(commits.length >= 2, "main has the seeded commits");
const changes = await git.getChanges(commits[0].commitId, repo.id, "Web");
seen.changeTypes = changes.changes.map((c) => c.changeType).sort();

const wit = await connection.getWorkItemTrackingApi();
const created = await wit.createWorkItem(
  null,
  [
    { op: "add", path: "/fields/System.Title", value: "Created by the official client" },
    { op: "add", path: "/fields/System.AssignedTo", value: "alice@fabrikam.example" },
  ],
  "Web",
  "Bug",
);
assert.ok(created.id > 0, "a work item id");
const updated = await wit.updateWorkItem(
  null,
  [
    { op: "test", path: "/rev", value: created.rev },
    { op: "add", path: "/fields/System.State", value: "Resolved" },
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
const comments = await wit.getComments("Web", created.id);
seen.comments = comments.comments.map((c) => c.text);

const batch = await wit.getWorkItems([created.id], ["System.Title", "System.State"]);
assert.equal(batch[0].fields["System.Title"], "Created by the official client");
const categories = await wit.getWorkItemTypeCategories("Web");
seen.categories = categories.map((c) => c.referenceName).sort();

const item = await git.getItem(repo.id, "/src/app.js", "Web", undefined, undefined, undefined, undefined, undefined, { version: "main" }, true);
assert.match(item.content, /hello/);
seen.file = item.path;

console.log(JSON.stringify(seen));

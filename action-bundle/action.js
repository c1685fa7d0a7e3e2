import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/action/main.ts
import { appendFile, readFile, writeFile as writeFile2 } from "node:fs/promises";

// src/plan/render-preview.ts
var where = (model, r) => model === "branches" ? `revision ${r.versionId} on branch ${r.name}` : `inactive version ${r.versionId}`;
function previewLines(input) {
  return input.agents.map((a) => {
    const line = verdictLine(input.model, a);
    const notes = "notes" in a ? a.notes : [];
    return notes.length > 0 ? `${line}
${notes.map((n) => `    \xB7 ${n}`).join("\n")}` : line;
  });
}
function verdictLine(model, a) {
  const input = { model };
  {
    switch (a.status) {
      case "confirmed":
        return `\u2713 ${a.name}: stored as planned, security check passed (${where(input.model, a.record)}, from live ${a.record.fromVersionId})${a.reused ? "; unchanged since the last preview, nothing published" : ""}`;
      case "disagrees":
        return `\u2717 ${a.name}: the platform disagrees:
${a.problems.map((p) => `    - ${p}`).join("\n")}`;
      case "not-previewed":
        return `\xB7 ${a.name}: ${a.reason}`;
      case "failed":
        return `\u2717 ${a.name}: preview failed: ${a.error}`;
      case "stopped":
        return `\xB7 ${a.name}: not previewed: interrupted (nothing left open, live untouched)`;
    }
  }
}
function renderPreviewText(input) {
  const lines = previewLines(input);
  const head = `Preview "${input.name}" (${input.model === "branches" ? "branches: a non-live branch per agent" : "drafts/versions: an inactive version per agent"}), verified by the platform:`;
  if (lines.length === 0) return `${head}
  nothing to preview: no changes.
`;
  return `${head}
${lines.map((l) => `  ${l}`).join("\n")}
`;
}
function renderPreviewMarkdown(input) {
  const rows = previewLines(input).map((l) => `- ${l.replace(/\n {4}([-·]) /g, "\n  - ")}`);
  return `#### Verified by the platform (preview \`${input.name}\`, ${input.model})

${rows.length ? rows.join("\n") : "Nothing to preview: no changes."}
`;
}

// src/action/main.ts
import { join as join2 } from "node:path";

// src/action/trace-footer.ts
function traceFooter(input) {
  const parts = [];
  if (input.headSha) parts.push(`${input.commitIs ?? "pull request head"} \`${input.headSha.slice(0, 12)}\``);
  if (input.planDigest) parts.push(`plan digest \`${input.planDigest}\``);
  return parts.length > 0 ? `<sub>${parts.join(" \xB7 ")}</sub>` : "";
}
function withTraceFooter(body, footer) {
  if (!footer) return body;
  return `${body.replace(/\n*$/, "")}
${footer}
`;
}

// src/action/apply-comment.ts
var OUTCOMES = {
  0: "\u2705 applied",
  6: "\u26D4 refused: the plan is stale, nothing was written",
  8: "\u26A0\uFE0F cancelled",
  9: "\u26A0\uFE0F timed out",
  10: "\u274C partly applied"
};
var LOG_TAIL = 12e3;
function renderApplyComment(input) {
  const env = (input.environment || "default").replace(/[^A-Za-z0-9_.-]/g, "_");
  const outcome = input.exitCode === 6 && input.previewName ? "\u26D4 stale: run preview again on main" : OUTCOMES[input.exitCode] ?? `\u274C failed (exit code ${input.exitCode})`;
  const lines = [`<!-- atoms-gitops:apply env=${env} -->`, `## atoms-gitops apply (${env}): ${outcome}`, ""];
  if (input.previewName) {
    lines.push(
      input.exitCode === 6 ? `Something changed since the preview \`${input.previewName}\` was made (a dashboard edit, another merge), so nothing was written. Preview the current main and apply that, or deploy with a fresh plan.` : `Applied the preview \`${input.previewName}\`: each previewed agent's verified revision was made live, no new publish.`,
      ""
    );
  }
  if (input.runUrl) lines.push(`Full log: [workflow run](${input.runUrl})`, "");
  const log = input.log.length > LOG_TAIL ? `\u2026
${input.log.slice(-LOG_TAIL)}` : input.log;
  if (log.trim()) lines.push("<details><summary>Apply log (last lines)</summary>", "", "````text", log.replace(/\n+$/, ""), "````", "", "</details>", "");
  const footer = traceFooter({ headSha: input.headSha, planDigest: input.planDigest, commitIs: "deployed commit" });
  if (footer) lines.push(footer, "");
  return lines.join("\n");
}

// src/action/plan-outcome.ts
function countsOf(plan) {
  const agents = plan?.agents;
  if (!Array.isArray(agents)) throw new Error("not a plan file: it has no agents list");
  const counts = { create: 0, update: 0, archive: 0, noop: 0 };
  for (const a of agents) if (a.action === "create" || a.action === "update" || a.action === "archive" || a.action === "noop") counts[a.action]++;
  const resources = plan.resources;
  const immediate = Array.isArray(resources) ? resources.filter((r) => r.action !== "noop" && r.action !== "unmanaged").length : 0;
  if (immediate > 0) counts.immediate = immediate;
  return counts;
}
function hasChanges(c) {
  return c.create + c.update + c.archive + (c.immediate ?? 0) > 0;
}
function describeOutcome(outcome) {
  if (outcome.kind !== "planned") return outcome.reason.slice(0, 140);
  const c = outcome.counts;
  if (!hasChanges(c)) return `No changes (${c.noop} agent${c.noop === 1 ? "" : "s"} in sync)`;
  const immediate = c.immediate ? `, ${c.immediate} immediate KB/webhook change${c.immediate === 1 ? "" : "s"}` : "";
  return `${c.create} to create, ${c.update} to update, ${c.archive} to archive${immediate}`;
}
var PLAN_LABELS = ["atoms:no-changes", "atoms:changes", "atoms:archive", "atoms:error"];
function labelFor(outcome) {
  if (outcome.kind === "skipped") return void 0;
  if (outcome.kind === "failed") return "atoms:error";
  if (outcome.counts.archive > 0) return "atoms:archive";
  return hasChanges(outcome.counts) ? "atoms:changes" : "atoms:no-changes";
}

// src/action/commit-status.ts
function statusContext(environment) {
  return `atoms-gitops/plan (${environment || "default"})`;
}
async function reportStatus(api, input) {
  const state = input.outcome === "pending" ? "pending" : input.outcome.kind === "planned" ? "success" : input.outcome.kind === "failed" ? "failure" : "error";
  const description = input.outcome === "pending" ? "Planning\u2026" : describeOutcome(input.outcome);
  await api.createCommitStatus(input.sha, {
    state,
    context: statusContext(input.environment),
    description,
    ...input.targetUrl ? { target_url: input.targetUrl } : {}
  });
}
async function applyLabels(api, issue, outcome) {
  const label = labelFor(outcome);
  if (!label) return void 0;
  for (const other of PLAN_LABELS) if (other !== label) await api.removeLabel(issue, other);
  await api.addLabels(issue, [label]);
  return label;
}

// src/action/fork-validation.ts
var MISSING_ENV = "interp/missing-env";
function judgeForkValidation(validateJson) {
  const list = validateJson?.diagnostics;
  if (!Array.isArray(list)) throw new Error("the validate output has no diagnostics list");
  const errors = [];
  const unavailable = /* @__PURE__ */ new Set();
  for (const d of list) {
    if (d.code === MISSING_ENV) {
      const name = /environment variable (\S+) is not set/.exec(d.message ?? "")?.[1];
      if (name) unavailable.add(name);
    } else if (d.severity === "error") errors.push(d);
  }
  return { errors, unavailable: [...unavailable].sort() };
}
function forkSummary(result, environment, command = "plan") {
  const env = environment || "default";
  const lines = [`## atoms-gitops ${command} (${env}): not run for a pull request from a fork`, ""];
  lines.push(
    command === "preview" ? "GitHub gives workflow runs of pull requests from forks no secrets: there is no API key to read the live agents with or to let the platform store and check the change, so no preview was made (and none will be promoted on merge). The definitions were validated offline instead." : "GitHub gives workflow runs of pull requests from forks no secrets: there is no API key to read the live agents with, so no plan was made. The definitions were validated offline instead.",
    ""
  );
  if (result.errors.length > 0) {
    lines.push(`**${result.errors.length} error${result.errors.length === 1 ? "" : "s"}** in the definitions (annotated on the files):`, "");
    for (const d of result.errors.slice(0, 20)) lines.push(`- \`${[d.file, d.line].filter(Boolean).join(":")}\` ${d.message ?? d.code ?? ""}`);
    if (result.errors.length > 20) lines.push(`- \u2026 ${result.errors.length - 20} more in the log of the validate step`);
    lines.push("");
  } else {
    lines.push("\u2705 The definitions are valid.", "");
  }
  if (result.unavailable.length > 0) {
    lines.push(`Not checked, because the run has no secrets: the values of ${result.unavailable.map((n) => `\`${n}\``).join(", ")}.`, "");
  }
  lines.push(`A maintainer can ${command} this change by pushing it to a branch of this repository.`, "");
  return lines.join("\n");
}

// src/action/http-fetch.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
var MAX_REDIRECTS = 5;
var httpFetch = async (url, init = {}) => {
  let target = new URL(url);
  let method = (init.method ?? "GET").toUpperCase();
  let body = init.body;
  let headers = { ...init.headers ?? {} };
  for (let hop = 0; ; hop++) {
    const reply = await send(target, method, headers, body);
    const location = reply.headers.get("location");
    if (init.redirect === "manual" || reply.status < 300 || reply.status >= 400 || reply.status === 304 || !location) return reply;
    if (hop >= MAX_REDIRECTS) throw new TypeError(`fetch failed: more than ${MAX_REDIRECTS} redirects from ${url}`);
    const next = new URL(location, target);
    if (next.origin !== target.origin) headers = withoutAuthorization(headers);
    if (reply.status === 303 || (reply.status === 301 || reply.status === 302) && method === "POST") {
      method = "GET";
      body = void 0;
      headers = Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "content-type"));
    }
    target = next;
  }
};
function withoutAuthorization(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => k.toLowerCase() !== "authorization"));
}
function send(url, method, headers, body) {
  const request = url.protocol === "https:" ? httpsRequest : url.protocol === "http:" ? httpRequest : void 0;
  if (!request) return Promise.reject(new TypeError(`fetch failed: unsupported protocol ${url.protocol}`));
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, ...body === void 0 ? {} : { "content-length": String(Buffer.byteLength(body)) } } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("error", reject);
      res.on("end", () => {
        const bytes = Buffer.concat(chunks);
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          headers: {
            get: (name) => {
              const v = res.headers[name.toLowerCase()];
              return v === void 0 ? null : Array.isArray(v) ? v.join(", ") : v;
            }
          },
          text: async () => bytes.toString("utf8"),
          arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
        });
      });
    });
    req.on("error", (err) => reject(new TypeError(`fetch failed: ${err.message}`)));
    req.end(body);
  });
}

// src/action/github-api.ts
var GitHubApiError = class extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
  status;
};
function createGitHubApi(options) {
  const doFetch = options.fetch ?? httpFetch;
  const base = options.apiUrl.replace(/\/+$/, "");
  const repo = `/repos/${options.repository}`;
  async function request(method, path, body, redirect = "follow") {
    const res = await doFetch(`${base}${path}`, {
      method,
      redirect,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        ...body === void 0 ? {} : { "content-type": "application/json" }
      },
      ...body === void 0 ? {} : { body: JSON.stringify(body) }
    });
    if (!res.ok && !(redirect === "manual" && res.status >= 300 && res.status < 400)) throw new GitHubApiError(res.status, `${method} ${path}: ${res.status} ${messageOf(await res.text())}`);
    return res;
  }
  async function call(method, path, body) {
    const res = await request(method, path, body);
    const text = await res.text();
    return text ? JSON.parse(text) : void 0;
  }
  return {
    listComments: (issue, page, perPage) => call("GET", `${repo}/issues/${issue}/comments?per_page=${perPage}&page=${page}`),
    createComment: (issue, body) => call("POST", `${repo}/issues/${issue}/comments`, { body }),
    updateComment: (id, body) => call("PATCH", `${repo}/issues/comments/${id}`, { body }),
    viewerLogin: async () => {
      try {
        return (await call("GET", "/user")).login;
      } catch (err) {
        if (err instanceof GitHubApiError && (err.status === 403 || err.status === 401)) return void 0;
        throw err;
      }
    },
    createCommitStatus: async (sha, status) => {
      await call("POST", `${repo}/statuses/${sha}`, status);
    },
    addLabels: async (issue, labels) => {
      await call("POST", `${repo}/issues/${issue}/labels`, { labels });
    },
    removeLabel: async (issue, label) => {
      try {
        await call("DELETE", `${repo}/issues/${issue}/labels/${encodeURIComponent(label)}`);
      } catch (err) {
        if (!(err instanceof GitHubApiError && err.status === 404)) throw err;
      }
    },
    pullRequestsOfCommit: async (sha) => (await call("GET", `${repo}/commits/${sha}/pulls`)).map((p) => p.number),
    commitPullRequests: (sha) => call("GET", `${repo}/commits/${sha}/pulls?per_page=100`),
    listArtifacts: async (name) => (await call("GET", `${repo}/actions/artifacts?per_page=100&name=${encodeURIComponent(name)}`)).artifacts,
    downloadArtifact: async (id) => {
      const first = await request("GET", `${repo}/actions/artifacts/${id}/zip`, void 0, "manual");
      const location = first.status >= 300 && first.status < 400 ? first.headers.get("location") : null;
      if (!location) return Buffer.from(await first.arrayBuffer());
      const res = await doFetch(location);
      if (!res.ok) throw new GitHubApiError(res.status, `downloading artifact ${id}: ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    }
  };
}
function messageOf(text) {
  try {
    const message = JSON.parse(text).message;
    return typeof message === "string" ? message.slice(0, 200) : "";
  } catch {
    return "";
  }
}

// src/action/preview-artifact.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/action/merged-pull-request.ts
async function mergedPullRequestFor(api, sha) {
  const merged = (await api.commitPullRequests(sha)).filter((p) => typeof p.merged_at === "string" && p.merged_at !== "");
  const exact = merged.find((p) => p.merge_commit_sha === sha);
  if (exact) return exact;
  const newest = merged.sort((a, b) => String(b.merged_at).localeCompare(String(a.merged_at)))[0];
  return newest;
}

// src/action/zip.ts
import { inflateRawSync } from "node:zlib";
function readZipEntry(zip, name) {
  const eocd = findEndOfCentralDirectory(zip);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 33639248) throw new Error("the artifact is not a readable zip (bad central directory)");
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    at += 46 + nameLength + extraLength + commentLength;
    if (entryName !== name) continue;
    if (zip.readUInt32LE(local) !== 67324752) throw new Error("the artifact is not a readable zip (bad local header)");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    const out = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : void 0;
    if (!out) throw new Error(`the artifact's ${name} uses zip method ${method}, which this reader does not support`);
    if (out.length !== size) throw new Error(`the artifact's ${name} is truncated`);
    return out;
  }
  return void 0;
}
function findEndOfCentralDirectory(zip) {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 101010256) return i;
  }
  throw new Error("the artifact is not a zip archive");
}

// src/action/preview-artifact.ts
function previewArtifactName(environment, pullRequest) {
  return `atoms-gitops-preview-${environment || "default"}-pr-${pullRequest}`;
}
async function fetchPreviewPlan(api, input) {
  const pr = await mergedPullRequestFor(api, input.sha);
  if (pr === void 0) {
    return { found: false, reason: `commit ${input.sha.slice(0, 12)} was not merged from a pull request, so nothing was previewed for it` };
  }
  const pullRequest = pr.number;
  const head = pr.head?.sha;
  const name = previewArtifactName(input.environment, pullRequest);
  const artifacts = (await api.listArtifacts(name)).filter((a) => a.name === name && a.expired !== true && madeFor(a, head));
  artifacts.sort((a, b) => String(b.created_at ?? "").localeCompare(String(a.created_at ?? "")) || b.id - a.id);
  const newest = artifacts[0];
  if (!newest) {
    return {
      found: false,
      pullRequest,
      reason: `pull request #${pullRequest} has no artifact "${name}" from a preview of its last commit${head ? ` ${head.slice(0, 12)}` : ""} (no preview ran for it, it failed, or it expired)`
    };
  }
  const zip = await api.downloadArtifact(newest.id);
  const plan = readZipEntry(zip, "plan.json");
  if (!plan) return { found: false, pullRequest, reason: `the artifact "${name}" holds no plan.json` };
  const previewName = previewNameOf(plan) ?? `pr-${pullRequest}`;
  await mkdir(input.dir, { recursive: true });
  const planFile = join(input.dir, "plan.json");
  await writeFile(planFile, plan);
  return { found: true, pullRequest, previewName, planFile, artifactId: newest.id };
}
function madeFor(artifact, headSha) {
  const run = artifact.workflow_run;
  if (!run || !headSha || run.head_sha !== headSha) return false;
  return run.repository_id === void 0 || run.head_repository_id === void 0 || run.repository_id === run.head_repository_id;
}
function previewNameOf(plan) {
  try {
    const agents = JSON.parse(plan.toString("utf8")).agents ?? [];
    const name = agents.map((a) => a.preview?.name).find((n) => typeof n === "string" && n !== "");
    return name;
  } catch {
    return void 0;
  }
}
function stalePreviewNote(previewName) {
  return [
    `## \u26D4 stale: run preview again on main`,
    "",
    `Something changed since the preview \`${previewName}\` was made (a dashboard edit, another merge, or definitions that differ from what was previewed), so nothing was written: apply promotes only exactly what was reviewed.`,
    "",
    "Preview the current main (re-run the preview on a pull request, or `atoms-gitops preview --name main-\u2026 --out plan.json`), then apply that plan; or deploy with a fresh plan (`command: apply` without `preview-plan`).",
    ""
  ].join("\n");
}

// src/action/preview-report.ts
function parsePreviewResult(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new Error("the preview output is not JSON");
  }
  const d = doc;
  if (!d || typeof d.name !== "string" || d.model !== "branches" && d.model !== "versions" || !Array.isArray(d.agents) || typeof d.ok !== "boolean") {
    throw new Error("the preview output has no name, model, ok and agents");
  }
  return { name: d.name, model: d.model, ok: d.ok, cancelled: d.cancelled === true, agents: d.agents };
}
var PREVIEW_HEAD_LIMIT = 12e3;
var RANK = { disagrees: 0, failed: 1, stopped: 2, "not-previewed": 3, confirmed: 4 };
function previewCounts(result) {
  const c = { confirmed: 0, disagrees: 0, failed: 0, notPreviewed: 0 };
  for (const a of result.agents) {
    if (a.status === "confirmed") c.confirmed++;
    else if (a.status === "not-previewed") c.notPreviewed++;
    else if (a.status === "disagrees") c.disagrees++;
    else c.failed++;
  }
  return c;
}
function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
function previewTitle(result, environment) {
  const c = previewCounts(result);
  const env = environment || "default";
  if (result.cancelled) return `## \u26A0\uFE0F atoms-gitops preview (${env}): interrupted, nothing left open`;
  if (c.disagrees > 0) return `## \u274C atoms-gitops preview (${env}): the platform disagrees with the plan for ${plural(c.disagrees, "agent")}${c.failed > 0 ? `, ${c.failed} not verified` : ""}`;
  if (!result.ok || c.failed > 0) return `## \u274C atoms-gitops preview (${env}): ${plural(c.failed, "agent")} could not be verified`;
  if (result.agents.length === 0) return `## \u2705 atoms-gitops preview (${env}): no changes to preview`;
  const parts = [`${plural(c.confirmed, "agent")} verified by the platform`];
  if (c.notPreviewed > 0) parts.push(`${c.notPreviewed} not previewed`);
  return `## \u2705 atoms-gitops preview (${env}): ${parts.join(", ")}`;
}
function renderPreviewHead(result, environment, maxLength = PREVIEW_HEAD_LIMIT) {
  const lines = [previewTitle(result, environment), ""];
  if (previewCounts(result).disagrees > 0) {
    lines.push(
      "The platform stored, diffed or checked something other than this plan (listed below with where). Merging would not deploy what the plan shows: fix the definitions, or the rule they break, and push again.",
      ""
    );
  }
  const ordered = [...result.agents].sort((x, y) => RANK[x.status] - RANK[y.status]);
  const fixed = lines.join("\n").length + 200;
  let kept = ordered.length;
  let section = renderPreviewMarkdown({ ...result, agents: ordered });
  while (kept > 0 && fixed + section.length > maxLength) {
    kept = Math.max(0, Math.min(kept - 1, Math.floor(kept * (maxLength - fixed) / section.length)));
    section = renderPreviewMarkdown({ ...result, agents: ordered.slice(0, kept) });
  }
  lines.push(section.replace(/\n+$/, ""));
  if (kept < ordered.length) lines.push("", `\u2026 and ${plural(ordered.length - kept, "more agent")} (all confirmed or not previewed) in the \`plan.txt\` artifact and the step log.`);
  lines.push("");
  return `${lines.join("\n")}
`;
}
function composePreviewComment(head, planComment) {
  const newline = planComment.indexOf("\n");
  const marker = newline < 0 ? planComment : planComment.slice(0, newline);
  if (!marker.startsWith("<!--")) throw new Error("the plan comment has no marker on its first line");
  return `${marker}
${head}${planComment.slice(newline + 1)}`;
}

// src/action/pull-request.ts
function pullRequestOf(event) {
  const pr = event?.pull_request;
  if (!pr || typeof pr.number !== "number" || typeof pr.head?.sha !== "string") return void 0;
  const base = pr.base?.repo?.full_name ?? event.repository?.full_name;
  const head = pr.head.repo?.full_name;
  return { number: pr.number, headSha: pr.head.sha, fromFork: head === void 0 || head !== base };
}
function pullRequestStateOf(event) {
  const e = event;
  if (e?.action !== "closed") return "open";
  return e.pull_request?.merged === true ? "merged" : "closed";
}

// src/action/sticky-comment.ts
var ACTIONS_BOT_LOGIN = "github-actions[bot]";
var PAGE_SIZE = 100;
async function findStickyComment(api, issue, marker, author) {
  let found;
  for (let page = 1; ; page++) {
    const comments = await api.listComments(issue, page, PAGE_SIZE);
    for (const c of comments) {
      if (typeof c.body === "string" && c.body.startsWith(marker) && c.user?.login === author) found = c;
    }
    if (comments.length < PAGE_SIZE) return found;
  }
}
async function commentAuthor(api, configured) {
  if (configured) return configured;
  return await api.viewerLogin() ?? ACTIONS_BOT_LOGIN;
}
async function upsertStickyComment(api, issue, body, author) {
  const marker = body.split("\n", 1)[0] ?? "";
  if (!marker.startsWith("<!--")) throw new Error("the comment body has no marker on its first line");
  const mine = await findStickyComment(api, issue, marker, author);
  if (mine) return { action: "updated", comment: await api.updateComment(mine.id, body) };
  return { action: "created", comment: await api.createComment(issue, body) };
}
async function postApplyComment(api, issue, body) {
  return { action: "created", comment: await api.createComment(issue, body) };
}

// src/action/main.ts
async function runAction(command, deps) {
  const { env } = deps;
  const log = deps.log ?? ((line) => process.stdout.write(`${line}
`));
  const api = () => deps.api ?? githubApiFromEnv(env);
  switch (command) {
    case "context": {
      const event = await readEvent(env);
      const pr = pullRequestOf(event);
      await setOutputs(env, {
        "pr-number": pr ? String(pr.number) : "",
        "head-sha": pr?.headSha ?? env["GITHUB_SHA"] ?? "",
        "from-fork": pr?.fromFork ? "true" : "false",
        "pr-state": pr ? pullRequestStateOf(event) : ""
      });
      if (pr?.fromFork) log("A pull request from a fork: its run has no secrets, so only offline validation runs.");
      return 0;
    }
    case "fork-validate": {
      const file = required(env, "VALIDATE_FILE");
      const doc = JSON.parse(await readFile(file, "utf8"));
      const result = judgeForkValidation(doc);
      await writeFile2(file, JSON.stringify({ ...doc, diagnostics: (doc.diagnostics ?? []).filter((d) => d.code !== "interp/missing-env") }));
      await appendSummary(env, forkSummary(result, env["INPUT_ENV"], env["INPUT_COMMAND"] === "preview" ? "preview" : "plan"));
      await setOutputs(env, { "exit-code": result.errors.length > 0 ? "1" : "0" });
      return 0;
    }
    case "preview-report": {
      const text = await readFile(required(env, "PREVIEW_FILE"), "utf8").catch(() => "");
      if (text.trim() === "") return 0;
      const result = parsePreviewResult(text);
      const environment = env["INPUT_ENV"] || "default";
      const head = required(env, "HEAD_FILE");
      await writeFile2(head, renderPreviewHead(result, environment));
      log(renderPreviewText(result).replace(/\n$/, ""));
      const planDir = env["PLAN_DIR"];
      if (planDir) {
        await prependIfPresent(join2(planDir, "plan.md"), renderPreviewHead(result, environment, Number.POSITIVE_INFINITY));
        await appendIfPresent(join2(planDir, "plan.txt"), `
${renderPreviewText(result)}`);
      }
      const counts = previewCounts(result);
      await setOutputs(env, { "head-file": head, "has-changes": result.agents.length > 0 ? "true" : "false", disagrees: String(counts.disagrees) });
      return 0;
    }
    case "fetch-preview": {
      const found = await fetchPreviewPlan(api(), {
        sha: required(env, "HEAD_SHA"),
        environment: env["INPUT_ENV"],
        dir: join2(required(env, "RUNNER_TEMP"), "atoms-gitops-preview-plan")
      });
      if (!found.found) {
        await appendSummary(
          env,
          `## \u274C atoms-gitops apply (${env["INPUT_ENV"] || "default"}): no preview plan to apply

${found.reason}; nothing was written.

Deploy this commit with a fresh plan instead (\`command: apply\` without \`preview-plan\`), or preview it first.
`
        );
        await setOutputs(env, { missing: found.reason, "pr-number": found.pullRequest === void 0 ? "" : String(found.pullRequest) });
        log(`No preview plan: ${found.reason}`);
        return 0;
      }
      log(`Applying the preview "${found.previewName}" of pull request #${found.pullRequest} (artifact ${found.artifactId}).`);
      await setOutputs(env, { "plan-file": found.planFile, "preview-name": found.previewName, "pr-number": String(found.pullRequest) });
      return 0;
    }
    case "deploy-note": {
      if (env["RUN_CODE"] === "6") process.stdout.write(stalePreviewNote(required(env, "PREVIEW_NAME")) + "\n");
      return 0;
    }
    case "compose-preview-comment": {
      const body = composePreviewComment(await readFile(required(env, "HEAD_FILE"), "utf8"), await readFile(required(env, "PLAN_COMMENT_FILE"), "utf8"));
      await writeFile2(required(env, "COMMENT_FILE"), body);
      return 0;
    }
    case "comment-plan": {
      const issue = Number(required(env, "PR_NUMBER"));
      const digest = await planDigestOf(env["PLAN_FILE"]);
      const body = withTraceFooter(await readFile(required(env, "COMMENT_FILE"), "utf8"), traceFooter({ headSha: env["HEAD_SHA"], planDigest: digest }));
      const client = api();
      const posted = await upsertStickyComment(client, issue, body, await commentAuthor(client, env["COMMENT_AUTHOR"]));
      log(`${posted.action === "updated" ? "Updated" : "Created"} comment ${posted.comment.html_url ?? posted.comment.id}`);
      return 0;
    }
    case "comment-apply": {
      const client = api();
      const sha = required(env, "HEAD_SHA");
      const issues = env["PR_NUMBER"] ? [Number(env["PR_NUMBER"])] : await client.pullRequestsOfCommit(sha);
      if (issues.length === 0) {
        log("No pull request has this commit: the apply result stays in the job summary.");
        return 0;
      }
      const body = renderApplyComment({
        environment: env["INPUT_ENV"],
        exitCode: Number(env["RUN_CODE"] || "1"),
        log: await readFile(env["LOG_FILE"] || join2(required(env, "RUNNER_TEMP"), "atoms-gitops-output.txt"), "utf8").catch(() => ""),
        runUrl: env["RUN_URL"],
        headSha: sha,
        planDigest: await planDigestOf(env["PLAN_FILE"]),
        ...env["PREVIEW_NAME"] ? { previewName: env["PREVIEW_NAME"] } : {}
      });
      for (const issue of issues) {
        const posted = await postApplyComment(client, issue, body);
        log(`Created comment ${posted.comment.html_url ?? posted.comment.id}`);
      }
      return 0;
    }
    case "status": {
      const client = api();
      const sha = required(env, "HEAD_SHA");
      const outcome = env["STATUS"] === "pending" ? "pending" : await outcomeFrom(env);
      if (env["INPUT_STATUS"] !== "false") await reportStatus(client, { sha, environment: env["INPUT_ENV"], outcome, targetUrl: env["RUN_URL"] });
      if (outcome !== "pending" && env["INPUT_LABELS"] === "true" && env["PR_NUMBER"]) {
        const label = await applyLabels(client, Number(env["PR_NUMBER"]), outcome);
        if (label) log(`Labelled the pull request ${label}`);
      }
      return 0;
    }
    default:
      throw new Error(`unknown action step "${command}"`);
  }
}
async function outcomeFrom(env) {
  if (env["FROM_FORK"] === "true") return { kind: "skipped", reason: "Not planned: a pull request from a fork has no secrets" };
  if (env["VALIDATE_CODE"] !== "0") return { kind: "failed", reason: "The definitions are invalid" };
  const code = env["RUN_CODE"];
  if (env["INPUT_COMMAND"] === "preview") {
    if (code === "0" && env["PLAN_FILE"]) return { kind: "planned", counts: countsOf(JSON.parse(await readFile(env["PLAN_FILE"], "utf8"))) };
    const disagrees = Number(env["DISAGREES"] || "0");
    return { kind: "failed", reason: disagrees > 0 ? `The platform disagrees with the plan for ${disagrees} agent${disagrees === 1 ? "" : "s"}` : `The preview failed (exit code ${code || "unknown"})` };
  }
  if ((code === "0" || code === "2") && env["PLAN_FILE"]) {
    return { kind: "planned", counts: countsOf(JSON.parse(await readFile(env["PLAN_FILE"], "utf8"))) };
  }
  return { kind: "failed", reason: `The plan failed (exit code ${code || "unknown"})` };
}
async function planDigestOf(planFile) {
  if (!planFile) return void 0;
  try {
    const digest = JSON.parse(await readFile(planFile, "utf8")).source?.configDigest;
    return typeof digest === "string" ? digest : void 0;
  } catch {
    return void 0;
  }
}
function githubApiFromEnv(env) {
  return createGitHubApi({
    token: required(env, "GITHUB_TOKEN"),
    apiUrl: env["GITHUB_API_URL"] || "https://api.github.com",
    repository: required(env, "GITHUB_REPOSITORY")
  });
}
async function readEvent(env) {
  const path = env["GITHUB_EVENT_PATH"];
  if (!path) return void 0;
  return JSON.parse(await readFile(path, "utf8"));
}
function required(env, name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}
async function setOutputs(env, outputs) {
  const text = Object.entries(outputs).map(([k, v]) => `${k}=${v.replace(/[\r\n]/g, " ")}
`).join("");
  await appendFile(required(env, "GITHUB_OUTPUT"), text);
}
async function prependIfPresent(file, text) {
  const old = await readFile(file, "utf8").catch(() => void 0);
  if (old !== void 0) await writeFile2(file, `${text}
${old}`);
}
async function appendIfPresent(file, text) {
  const old = await readFile(file, "utf8").catch(() => void 0);
  if (old !== void 0) await appendFile(file, text);
}
async function appendSummary(env, markdown) {
  await appendFile(required(env, "GITHUB_STEP_SUMMARY"), markdown);
}

// src/action/entry.ts
runAction(process.argv[2] ?? "", { env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stdout.write(`::error title=atoms-gitops::${(err instanceof Error ? err.message : String(err)).replace(/[\r\n]/g, " ")}
`);
    process.exitCode = 1;
  }
);

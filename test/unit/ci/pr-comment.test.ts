import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { GITHUB_COMMENT_LIMIT, planMarker, renderPrComment, renderPrFailureComment } from "../../../src/ci/index.js";
import type { AgentPlan } from "../../../src/model/plan.js";
import { bigUpdate, longPromptUpdate, samplePlan } from "./plan-fixture.js";
import { expectGolden as expectGoldenFile } from "../../helpers/golden.js";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures/ci");
const RUN_URL = "https://github.com/acme/agents/actions/runs/42";

const expectGolden = (name: string, actual: string): void => expectGoldenFile(resolve(FIXTURES, name), actual);

describe("renderPrComment", () => {
  it("renders creates, updates and a blocked archive as the golden comment", () => {
    const comment = renderPrComment(samplePlan(), { runUrl: RUN_URL });
    expect(comment.truncated).toBe(false);
    expectGolden("comment-sample.md", comment.body);
  });

  it("starts with the hidden per-environment marker, so CI can find and update its own comment", () => {
    const comment = renderPrComment(samplePlan({ environment: "staging" }));
    expect(comment.marker).toBe("<!-- atoms-gitops:plan env=staging -->");
    expect(comment.body.split("\n")[0]).toBe(comment.marker);
    const prod = renderPrComment(samplePlan({ environment: "staging" }), { environment: "production" });
    expect(prod.marker).toBe("<!-- atoms-gitops:plan env=production -->");
    expect(prod.body).toContain("atoms-gitops plan (production)");
  });

  it("uses env=default when the plan names no environment, and keeps the marker a valid HTML comment", () => {
    const plan = samplePlan();
    delete plan.target.environment;
    expect(renderPrComment(plan).marker).toBe("<!-- atoms-gitops:plan env=default -->");
    const hostile = planMarker("prod --> <b>x</b>");
    expect(hostile).toMatch(/^<!-- atoms-gitops:plan env=[A-Za-z0-9_.-]+ -->$/);
    expect(hostile.indexOf("-->")).toBe(hostile.length - 3);
  });

  it("says loudly that a protected agent is not archived, and never shows a secret's digest", () => {
    const { body } = renderPrComment(samplePlan());
    expect(body).toMatch(/ceo-assistant \(protected\)/);
    expect(body).not.toContain("1111111111");
    expect(body).not.toContain("2222222222");
    expect(body).toContain("(sensitive) changed");
  });

  it("links the run in the footer, and drops a link that is not http(s)", () => {
    expect(renderPrComment(samplePlan(), { runUrl: RUN_URL }).body).toContain(`[workflow run](${RUN_URL})`);
    expect(renderPrComment(samplePlan(), { runUrl: "javascript:alert(1)" }).body).not.toContain("javascript:");
  });
});

describe("renderPrComment over the size limit", () => {
  const huge = (): ReturnType<typeof samplePlan> => {
    const base = samplePlan();
    const agents: AgentPlan[] = [...base.agents, ...Array.from({ length: 12 }, (_, i) => bigUpdate(`bulk-agent-${i}`, 250))];
    return samplePlan({ agents });
  };

  it("degrades to the agent list and the details that fit under GitHub's limit, saying at the top what was cut", () => {
    const plan = huge();
    const comment = renderPrComment(plan, { runUrl: RUN_URL });
    expect(comment.truncated).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.body.split("\n")[0]).toBe("<!-- atoms-gitops:plan env=staging -->");
    expect(comment.body).toContain("## ✅ atoms-gitops plan (staging): 2 to create, 14 to update, 0 to archive");
    const firstDetails = comment.body.indexOf("<details>");
    expect(firstDetails).toBeGreaterThan(0);
    expect(comment.body.indexOf("details omitted")).toBeLessThan(firstDetails);
    expect(comment.body).toContain(`artifact of the [workflow run](${RUN_URL})`);
    expect(comment.body).toContain("atoms-gitops show plan.json");
    for (const a of plan.agents.filter((x) => x.action !== "noop")) expect(comment.body).toContain(`**${a.name.replace(/_/g, "\\_")}**`);
    expectGolden("comment-oversized.md", comment.body);
  });

  it("300 agents with long prompts: under 65,536 characters, the counts and what was cut at the top, every agent listed (golden)", () => {
    const agents = Array.from({ length: 300 }, (_, i) => longPromptUpdate(`agent-${String(i).padStart(3, "0")}`, 60));
    const comment = renderPrComment(samplePlan({ agents, environment: "production" }), { runUrl: RUN_URL });
    expect(comment.truncated).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const lines = comment.body.split("\n");
    expect(lines[1]).toBe("## ✅ atoms-gitops plan (production): 0 to create, 300 to update, 0 to archive");
    // The cut is said right under the title, before the list and long before the first details.
    expect(lines[3]).toMatch(/^> ✂️ \d+ agents' diffs were shortened to fit the comment: see the plan artifact\.$/);
    expect(lines[4]).toMatch(/^> ✂️ … \d+ agents' details omitted: see the plan artifact\.$/);
    expect(lines[5]).toMatch(/^> The full plan \([\d,]+ characters; a comment holds 65,536\) is in the `plan\.md` \/ `plan\.txt` artifact of the \[workflow run\]/);
    for (let i = 0; i < 300; i++) expect(comment.body).toContain(`- \`~\` **agent-${String(i).padStart(3, "0")}** update: \`prompt\``);
    // The details that fit carry word marks, not whole-line pairs.
    expect(comment.body).toContain("<del>calmement</del>");
    expect(comment.body).toContain("<ins>brièvement</ins>");
    expectGolden("comment-300-agents.md", comment.body);
  });

  it("keeps only the list rows that fit and says how many were left out", () => {
    const many = Array.from({ length: 400 }, (_, i) => bigUpdate(`agent-with-a-rather-long-name-${String(i).padStart(3, "0")}`, 5));
    const comment = renderPrComment(samplePlan({ agents: many }), { runUrl: RUN_URL, maxLength: 4_000 });
    expect(comment.truncated).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(4_000);
    expect(comment.body).toMatch(/^- … \d+ more agents not listed$/m);
    expect(comment.body).toContain("400 to update");
    expect(comment.body).toContain(RUN_URL);
  });

  it("keeps the archive warning when cut", () => {
    const archive: AgentPlan = { name: "old-campaign-bot", id: "000000000000000000000ab1", action: "archive", baseVersionId: null, changes: [], unchangedCount: 0 };
    const comment = renderPrComment(samplePlan({ agents: [archive, bigUpdate("chatty", 2_000)] }), { maxLength: 10_000 });
    expect(comment.truncated).toBe(true);
    expect(comment.body).toContain("**1 agent will be ARCHIVED**");
    expect(comment.body).toContain("old-campaign-bot");
    expect(comment.body).toContain("artifact of this workflow run");
  });

  it("still returns the marker with an absurdly small limit", () => {
    const comment = renderPrComment(huge(), { maxLength: 60 });
    expect(comment.body.startsWith(comment.marker)).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(60);
  });
});

describe("policy warnings in the PR comment", () => {
  const warned = (): ReturnType<typeof samplePlan> => {
    const plan = samplePlan();
    plan.diagnostics.push(
      {
        severity: "warning",
        code: "policy/first-message",
        message: "support-bot: set firstMessage: without an opening line callers hear silence and often hang up — firstMessage is missing",
        file: "agents/support-bot.yaml",
        line: 4,
        column: 9,
        path: "/spec/firstMessage",
        hint: "rule first-message (warn) from builtin:recommended",
        agent: "support-bot",
      },
      { severity: "warning", code: "load/no-definitions", message: "an unrelated warning" },
    );
    return plan;
  };

  it("lists each warn violation in its own section above the changes: rule, agent, field, message, no value", () => {
    const { body } = renderPrComment(warned(), { runUrl: RUN_URL });
    const section = body.indexOf("**Policy warnings** (1)");
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(body.indexOf("- `~` **support-bot**"));
    expect(section).toBeLessThan(body.indexOf("<details>"));
    expect(body).toContain("- ⚠️ `first-message` · **support-bot** · `firstMessage`: set firstMessage: without an opening line callers hear silence and often hang up — firstMessage is missing (agents/support-bot.yaml:4)");
    // Only policy violations go to that section; other warnings stay under Diagnostics, each listed once.
    expect(body).toContain("**Diagnostics**");
    expect(body.split("policy/first-message")).toHaveLength(1);
    expect(body).toContain("an unrelated warning");
  });

  it("keeps the section when the comment is cut down to the fallback", () => {
    const plan = warned();
    plan.agents.push(...Array.from({ length: 30 }, (_, i) => bigUpdate(`bulk-${i}`, 400)));
    plan.summary.update += 30;
    const comment = renderPrComment(plan, { maxLength: 8_000 });
    expect(comment.truncated).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(8_000);
    const section = comment.body.indexOf("**Policy warnings** (1)");
    expect(section).toBeGreaterThan(0);
    expect(section).toBeLessThan(comment.body.indexOf("bulk-0"));
  });

  it("hundreds of warnings never push the agents out of a comment under the limit", () => {
    const plan = warned();
    const one = plan.diagnostics[0]!;
    plan.diagnostics = Array.from({ length: 600 }, (_, i) => ({ ...one, agent: `agent-${i}`, message: `agent-${i}: ${one.message.slice("support-bot: ".length)}` }));
    const comment = renderPrComment(plan);
    expect(comment.truncated).toBe(true);
    expect(comment.body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(comment.body).toContain("**Policy warnings** (600)");
    expect(comment.body).toMatch(/^- … \d+ more: see the plan artifact$/m);
    expect(comment.body).toContain("- `~` **support-bot** update");
    expect(comment.body.indexOf("**Policy warnings**")).toBeLessThan(comment.body.indexOf("- `~` **support-bot** update"));
  });

  it("has no such section when no rule warns", () => {
    expect(renderPrComment(samplePlan()).body).not.toContain("Policy warnings");
  });
});

describe("renderPrFailureComment", () => {
  it("replaces an outdated plan comment with the same marker", () => {
    const failed = renderPrFailureComment({ environment: "staging", runUrl: RUN_URL });
    expect(failed.marker).toBe(renderPrComment(samplePlan({ environment: "staging" })).marker);
    expect(failed.body.startsWith(failed.marker)).toBe(true);
    expect(failed.body).toContain("❌ atoms-gitops plan (staging) failed");
    expect(failed.body).toContain(`[workflow run](${RUN_URL})`);
  });

  it("lists the validation errors as file:line message with the total, and says what to do", () => {
    const diagnostics = Array.from({ length: 23 }, (_, i) => ({ severity: "error" as const, code: "schema/enum", message: `speed must be one of 0.5, 1, 2 (entry ${i})`, file: "agents/support-bot.yaml", line: 10 + i, column: 3 }));
    const failed = renderPrFailureComment({ environment: "staging", runUrl: RUN_URL, stage: "validation", diagnostics });
    expect(failed.body).toContain("❌ atoms-gitops plan (staging) failed: validation");
    expect(failed.body).toContain("**23 errors** (the first 20 are listed):");
    expect(failed.body).toContain("agents/support-bot.yaml:10:3 error schema/enum: speed must be one of 0.5, 1, 2 (entry 0)");
    expect(failed.body).not.toContain("(entry 20)");
    expect(failed.body).toContain(`… 3 more in the [workflow run](${RUN_URL})`);
    expect(failed.body).toContain("**What to do:** Fix the files below");
    expectGolden("comment-validation-failure.md", failed.body);
  });

  it("names an authentication failure and points at the key, not the definitions", () => {
    const failed = renderPrFailureComment({ stage: "authentication" });
    expect(failed.body).toContain("failed: authentication");
    expect(failed.body).toContain("refused the API key");
    expect(failed.body).not.toContain("Fix the files");
  });
});

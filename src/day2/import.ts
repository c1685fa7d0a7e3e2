import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { stringify } from "yaml";
import { UserInputError } from "../errors.js";
import type { AgentDefinition, AgentMetadata, KnowledgeBaseDefinition, WebhookDefinition } from "../model/definition.js";
import type { JsonObject, JsonValue } from "../model/json.js";
import type { AgentSummary, ObservedAgent } from "../model/observed.js";
import type { AgentsApi } from "../model/versioning.js";
import { findRepositoryRoot, kbFileDigest, schemaValidator } from "../load/index.js";
import { offsetAt } from "../load/timezone.js";
import { resolvedToSpec } from "../plan/index.js";
import { type ImportedResource, type LiveResources, readLiveResources, renderResource, type ResourceDocument, type ResourceReaders } from "./import-resources.js";
import { slugOf } from "./slug.js";

export type { FileToProvide, ImportedResource } from "./import-resources.js";

export interface ImportOptions {
  api: Pick<AgentsApi, "listAgents" | "getAgent">;
  /** Absolute definitions directory. */
  dir: string;
  /** Working directory, for display paths. */
  cwd: string;
  /** Names or ids to import; with `all`, every non-archived agent. */
  agents?: string[];
  all?: boolean;
  promptFiles?: boolean;
  force?: boolean;
  /** Definitions already in `dir` (a re-import with `force` rewrites their file in place; without, skips them). */
  existing?: AgentDefinition[];
  /**
   * Also import knowledge bases and webhooks (every one with `all`, else those the selected agents use), and let the
   * agents reference them by name.
   */
  resources?: ResourceReaders;
  existingKnowledgeBases?: KnowledgeBaseDefinition[];
  existingWebhooks?: WebhookDefinition[];
}

export interface ImportedFile {
  name: string;
  id: string;
  /** Display path of the YAML. */
  file: string;
  promptFile?: string;
  /** Non-default fields written (spec fields plus metadata fields beyond name and id). */
  fields: number;
  overwritten: boolean;
  /** JSON Pointers of values that look like credentials (tool headers): written in clear, flagged to the user. */
  secretLikePaths: string[];
  /** Live fields left out because no valid definition can state them (they stay unmanaged), each with why. */
  unmanaged: Array<{ path: string; reason: string }>;
}

export interface ImportResult {
  written: ImportedFile[];
  /** Knowledge bases and webhooks written (with the files to provide and what was left alone). */
  resources: ImportedResource[];
  skipped: Array<{ name: string; id: string; reason: string }>;
  /** Agents that could not be imported (unknown, ambiguous, invalid name); the command exits 1 when any. */
  errors: string[];
}

/** The schema's `metadata.name` rule: 1–100 characters, no leading or trailing whitespace. */
const NAME_PATTERN = /^\S(.*\S)?$/s;
const SCHEMA_REL = join("schemas", "agent.schema.json");
const ID_PATTERN = /^[0-9a-f]{24}$/;

/**
 * Writes one definition per agent from its active resolved config, stating only what differs from a fresh agent,
 * with `metadata.id` pinned. Reads only (GET); never overwrites a file unless `force`.
 */
export async function importAgents(options: ImportOptions): Promise<ImportResult> {
  const result: ImportResult = { written: [], resources: [], skipped: [], errors: [] };
  const remote = await options.api.listAgents();
  const selected = selectAgents(remote, options, result.errors);
  const live = options.resources
    ? await readLiveResources(options.resources, { knowledgeBases: options.existingKnowledgeBases, webhooks: options.existingWebhooks })
    : undefined;
  if (live) result.errors.push(...live.errors);
  /** Resource documents the written agents point at by name: they must be defined too, or the agent does not load. */
  const used = new Set<string>();

  // Two remote agents with one name cannot both become definitions: the name is the identity in git.
  const byName = new Map<string, AgentSummary[]>();
  for (const a of remote) byName.set(a.name, [...(byName.get(a.name) ?? []), a]);

  const root = findRepositoryRoot(options.dir, options.cwd);
  const claimed = new Set<string>();
  const display = (abs: string) => relative(options.cwd, abs) || abs;

  for (const summary of selected) {
    if (!NAME_PATTERN.test(summary.name) || summary.name.length > 100) {
      result.errors.push(
        `cannot import agent ${summary.id}: its name ${JSON.stringify(summary.name)} is not a valid metadata.name (1–100 characters, no leading or trailing whitespace); rename it in the dashboard first`,
      );
      continue;
    }
    const sameName = byName.get(summary.name) ?? [];
    if (sameName.length > 1) {
      result.errors.push(
        `cannot import "${summary.name}" (${summary.id}): ${sameName.length} agents share that name (${sameName.map((a) => a.id).join(", ")}); rename all but one in the dashboard, then import`,
      );
      continue;
    }
    const existingDef = options.existing?.find((d) => d.metadata.id === summary.id || (!d.metadata.id && d.metadata.name === summary.name));
    let yamlAbs: string;
    if (existingDef) {
      yamlAbs = resolve(options.cwd, existingDef.file);
      if (!options.force) {
        result.skipped.push({ name: summary.name, id: summary.id, reason: `already defined in ${display(yamlAbs)} (use --force to overwrite it)` });
        continue;
      }
    } else {
      yamlAbs = freeFileFor(options.dir, slugOf(summary.name, `agent-${summary.id.slice(-6)}`), claimed, Boolean(options.force));
      if (existsSync(yamlAbs) && !options.force) {
        result.skipped.push({ name: summary.name, id: summary.id, reason: `${display(yamlAbs)} already exists (use --force to overwrite it)` });
        continue;
      }
    }
    claimed.add(yamlAbs);

    const observed = await options.api.getAgent(summary.id);
    const doc = definitionDocument(observed);
    const unmanaged = fitToSchema(doc, observed.resolved);
    if (live) for (const ref of referenceByName(doc, summary.id, live, unmanaged)) used.add(ref);
    const promptAbs = options.promptFiles && typeof doc.spec["prompt"] === "string"
      ? join(options.dir, "prompts", `${basename(yamlAbs).replace(/\.ya?ml$/i, "")}.md`)
      : undefined;
    if (promptAbs && existsSync(promptAbs) && !options.force) {
      result.skipped.push({ name: summary.name, id: summary.id, reason: `${display(promptAbs)} already exists (use --force to overwrite it)` });
      continue;
    }
    const fields = Object.keys(doc.spec).length + Object.keys(doc.metadata).filter((k) => k !== "name" && k !== "id").length;
    const secretLikePaths = secretLike(doc.spec, "/spec");
    const overwritten = existsSync(yamlAbs);

    if (promptAbs) {
      const text = escapeInterpolation(doc.spec["prompt"] as string);
      doc.spec["prompt"] = { file: toPosix(relative(dirname(yamlAbs), promptAbs)) };
      await writeAtomically(promptAbs, text);
    }
    const schemaRef = toPosix(relative(dirname(yamlAbs), join(root, SCHEMA_REL)));
    await writeAtomically(yamlAbs, renderDefinition(doc, schemaRef));

    const file: ImportedFile = { name: summary.name, id: summary.id, file: display(yamlAbs), fields, overwritten, secretLikePaths, unmanaged };
    if (promptAbs) file.promptFile = display(promptAbs);
    result.written.push(file);
  }
  if (live) await writeResources(live, used, options, root, result);
  return result;
}

/**
 * Agents point at KBs and webhooks by name (ids differ per workspace): `globalKnowledgeBaseId` becomes `knowledgeBase`,
 * a tool's `knowledgeBaseId` its `knowledgeBase`, and the agent's subscriptions `metadata.webhook`. Returns the
 * `kind/id` of every resource used. An id naming no importable KB stays literal.
 */
function referenceByName(doc: DefinitionDoc, agentId: string, live: LiveResources, unmanaged: ImportedFile["unmanaged"]): string[] {
  const used: string[] = [];
  const global = doc.spec["globalKnowledgeBaseId"];
  if (typeof global === "string" && live.kbNames.has(global)) {
    delete doc.spec["globalKnowledgeBaseId"];
    doc.spec["knowledgeBase"] = live.kbNames.get(global)!;
    used.push(`KnowledgeBase/${global}`);
  }
  const tools = doc.spec["tools"];
  if (Array.isArray(tools)) {
    for (const tool of tools) {
      if (!isObject(tool) || tool["type"] !== "knowledge_base_search") continue;
      const id = tool["knowledgeBaseId"];
      if (typeof id !== "string" || !live.kbNames.has(id)) continue;
      // Rebuilt so `knowledgeBase` sits where `knowledgeBaseId` was: the file reads the same as before.
      const rebuilt = Object.fromEntries(Object.entries(tool).map(([k, v]) => (k === "knowledgeBaseId" ? ["knowledgeBase", live.kbNames.get(id)!] : [k, v])));
      for (const k of Object.keys(tool)) delete tool[k];
      Object.assign(tool, rebuilt);
      used.push(`KnowledgeBase/${id}`);
    }
  }
  const hook = live.agentWebhooks.get(agentId);
  if (hook) {
    doc.metadata.webhook = { name: hook.name, events: hook.events };
    const hookDoc = live.documents.find((d) => d.kind === "Webhook" && d.name === hook.name);
    if (hookDoc) used.push(`Webhook/${hookDoc.id}`);
  }
  const note = live.agentWebhookNotes.get(agentId);
  if (note) unmanaged.push({ path: "/metadata/webhook", reason: note });
  return used;
}

const RESOURCE_PLACES = {
  KnowledgeBase: { folder: "knowledge-bases", schema: join("schemas", "knowledge-base.schema.json") },
  Webhook: { folder: "webhooks", schema: join("schemas", "webhook.schema.json") },
} as const;

async function writeResources(live: LiveResources, used: Set<string>, options: ImportOptions, root: string, result: ImportResult): Promise<void> {
  const display = (abs: string) => relative(options.cwd, abs) || abs;
  const claimed = new Set<string>();
  for (const doc of live.documents) {
    if (!options.all && !used.has(`${doc.kind}/${doc.id}`)) continue;
    const existing =
      doc.kind === "KnowledgeBase"
        ? options.existingKnowledgeBases?.find((k) => k.name === doc.name)
        : options.existingWebhooks?.find((w) => w.endpoint === (doc.body["spec"] as JsonObject)["endpoint"]);
    const place = RESOURCE_PLACES[doc.kind];
    let yamlAbs = existing ? resolve(options.cwd, existing.file) : join(options.dir, place.folder, `${doc.slug}.yaml`);
    for (let n = 2; !existing && claimed.has(yamlAbs); n++) yamlAbs = join(options.dir, place.folder, `${doc.slug}-${n}.yaml`);
    claimed.add(yamlAbs);
    if ((existing || existsSync(yamlAbs)) && !options.force) {
      result.skipped.push({ name: doc.name, id: doc.id, reason: `already defined in ${display(yamlAbs)} (use --force to overwrite it)` });
      continue;
    }
    if (existing && "files" in existing) keepExistingPaths(doc, existing, dirname(yamlAbs));
    const filesToProvide = [];
    for (const f of doc.filesToProvide) {
      const abs = resolve(dirname(yamlAbs), f.path);
      // A file already in place with the right bytes needs nothing from the user.
      if (await digestOf(abs) === f.digest) continue;
      filesToProvide.push({ ...f, path: display(abs) });
    }
    const overwritten = existsSync(yamlAbs);
    const schemaRef = toPosix(relative(dirname(yamlAbs), join(root, place.schema)));
    await writeAtomically(yamlAbs, renderResource(doc, schemaRef));
    result.resources.push({
      kind: doc.kind,
      name: doc.name,
      id: doc.id,
      file: display(yamlAbs),
      overwritten,
      filesToProvide,
      leftAlone: doc.leftAlone,
      headerPlaceholders: doc.headerPlaceholders,
      headersUnknown: doc.headersUnknown,
    });
  }
}

/** A re-import keeps the repository's own path for a file it already lists (same stem). */
function keepExistingPaths(doc: ResourceDocument, existing: KnowledgeBaseDefinition, yamlDir: string): void {
  const spec = doc.body["spec"] as JsonObject;
  const files = Array.isArray(spec["files"]) ? (spec["files"] as string[]) : [];
  doc.filesToProvide.forEach((f, i) => {
    const known = existing.files.find((e) => `${e.stem}.pdf` === basename(f.path));
    if (!known) return;
    const path = toPosix(relative(yamlDir, known.absPath));
    if (files[i] === f.path) files[i] = path;
    f.path = path;
  });
}

async function digestOf(path: string): Promise<string | undefined> {
  try {
    return kbFileDigest(await readFile(path));
  } catch {
    return undefined;
  }
}

function selectAgents(remote: AgentSummary[], options: ImportOptions, errors: string[]): AgentSummary[] {
  const wanted = options.agents ?? [];
  if (!options.all && wanted.length === 0) {
    throw new UserInputError("say which agents to import: --agent NAME|ID (repeatable) or --all");
  }
  const picked = new Map<string, AgentSummary>();
  if (options.all) for (const a of remote) picked.set(a.id, a);
  for (const ref of wanted) {
    const hits = ID_PATTERN.test(ref) ? remote.filter((a) => a.id === ref) : remote.filter((a) => a.name === ref);
    if (hits.length === 0) {
      const near = remote.filter((a) => a.name.toLowerCase().includes(ref.toLowerCase())).slice(0, 5).map((a) => `"${a.name}"`);
      errors.push(`no agent named or with id "${ref}" in this workspace${near.length ? ` (similar: ${near.join(", ")})` : ""}`);
      continue;
    }
    for (const h of hits) picked.set(h.id, h);
  }
  return [...picked.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id.localeCompare(b.id)));
}

interface DefinitionDoc {
  metadata: AgentMetadata;
  spec: JsonObject;
}

/** The definition of an agent as it is live: pinned id, metadata that differs from the API's defaults, non-default spec. */
export function definitionDocument(observed: ObservedAgent): DefinitionDoc {
  const metadata: AgentMetadata = { name: observed.name, id: observed.id };
  if (observed.description) metadata.description = observed.description;
  if (observed.allowInboundCall === false) metadata.allowInboundCall = false;
  if (observed.visibleToEveryone === true) metadata.visibleToEveryone = true;
  if (observed.avatarUrl) metadata.avatarUrl = observed.avatarUrl;
  if (observed.phoneNumbers.length > 0) metadata.phoneNumbers = [...observed.phoneNumbers].sort();
  const spec = resolvedToSpec(observed.resolved, { onlyNonDefault: true });
  return { metadata, spec };
}

/**
 * Makes the document one `validate` accepts, so "validate passes, plan shows no changes" holds after an import:
 * completes what the schema requires beside a live value (`language.switching`, a bare-label zone's offset) and
 * leaves out, as unmanaged, each field whose live value no definition can state.
 */
export function fitToSchema(doc: DefinitionDoc, resolved: JsonObject, now: Date = new Date()): Array<{ path: string; reason: string }> {
  const unmanaged: Array<{ path: string; reason: string }> = [];
  const language = doc.spec["language"];
  if (isObject(language) && language["switching"] === undefined) {
    const live = isObject(resolved["languageSwitching"]) ? resolved["languageSwitching"] : {};
    language["switching"] = { isEnabled: false, ...live };
  }
  const timezone = doc.spec["timezone"];
  if (isObject(timezone) && typeof timezone["label"] === "string" && timezone["offset"] === undefined) {
    const offset = offsetAt(timezone["label"], now);
    if (offset !== undefined) timezone["offset"] = offset;
  }
  const validate = schemaValidator();
  for (let round = 0; round < 20; round++) {
    if (validate({ apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: doc.metadata, spec: doc.spec })) break;
    const bad = new Map<string, string>();
    for (const e of validate.errors ?? []) {
      const m = /^\/spec\/([^/]+)/.exec(e.instancePath);
      if (m && !bad.has(m[1]!)) bad.set(m[1]!, `${e.instancePath.slice("/spec/".length).replace(/\//g, ".")} ${e.message ?? "is invalid"}`);
    }
    if (bad.size === 0) break;
    for (const [key, reason] of bad) {
      delete doc.spec[key];
      unmanaged.push({ path: `/spec/${key}`, reason: `the live value does not fit the definition schema (${reason})` });
    }
  }
  return unmanaged;
}

function isObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

export function renderDefinition(doc: DefinitionDoc, schemaRef: string): string {
  const body = escapeDeep({ apiVersion: "atoms-gitops/v1", kind: "Agent", metadata: doc.metadata as unknown as JsonObject, spec: doc.spec });
  return `# yaml-language-server: $schema=${schemaRef}\n${stringify(body, { lineWidth: 0 })}`;
}

/** The loader interpolates `${...}` in every string; live text is literal, so each `${` becomes `$${`. */
export function escapeInterpolation(text: string): string {
  return text.split("${").join("$${");
}

function escapeDeep(value: JsonValue): JsonValue {
  if (typeof value === "string") return escapeInterpolation(value);
  if (Array.isArray(value)) return value.map(escapeDeep);
  if (value && typeof value === "object") {
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === "prompt" && isFileRef(v) ? v : escapeDeep(v);
    return out;
  }
  return value;
}

function isFileRef(v: JsonValue): boolean {
  return v !== null && typeof v === "object" && !Array.isArray(v) && typeof v["file"] === "string";
}

function secretLike(value: JsonValue, pointer: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => secretLike(v, `${pointer}/${i}`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => {
      const p = `${pointer}/${k}`;
      if (/^headers$/i.test(k) && v && typeof v === "object" && Object.keys(v).length > 0) return [p];
      return secretLike(v, p);
    });
  }
  return [];
}


/** `<slug>.yaml`, or `<slug>-2.yaml`, … when another agent of this run took it (or, without force, a file holds it). */
function freeFileFor(dir: string, slug: string, claimed: Set<string>, force: boolean): string {
  for (let n = 1; ; n++) {
    const candidate = join(dir, `${n === 1 ? slug : `${slug}-${n}`}.yaml`);
    if (claimed.has(candidate)) continue;
    // The first free name wins; an existing file at the plain slug is reported (skip) rather than worked around,
    // so re-running import never leaves a second copy of an agent behind.
    if (n > 1 && existsSync(candidate) && !force) continue;
    return candidate;
  }
}

async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, path);
}

function toPosix(p: string): string {
  return p.split(sep).join("/");
}

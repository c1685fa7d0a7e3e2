// `kind: KnowledgeBase` and `kind: Webhook` files: account-level resources agents reference by name. They are never
// agents (never deployed through the versioning flow, imported as agents or archived by --prune).
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import { basename } from "node:path";
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { KnowledgeBaseDefinition, KnowledgeBaseFile, SourcePosition, WebhookDefinition } from "../model/definition.js";
import type { Diagnostic } from "../model/diagnostic.js";
import type { JsonObject } from "../model/json.js";
import { validateKnowledgeBase, validateWebhook } from "./agent-validator.generated.js";
import { interpolateDocument, type InterpolationContext } from "./interpolate.js";
import { childPointer, displayPath } from "./pointer.js";
import { resolveRepoFile } from "./prompt-file.js";
import { schemaDiagnostics } from "./schema-errors.js";
import { isObject, locatedDoc } from "./shared-files.js";
import type { YamlTree } from "./yaml-tree.js";

export const RESOURCE_KINDS: ReadonlySet<string> = new Set(["KnowledgeBase", "Webhook"]);

/** The API refuses these custom header names (docs/atoms-api.md §11), case-insensitively. */
export const RESERVED_HEADER = /^(x-signature|host|content-.*|connection|transfer-encoding)$/i;
export const MAX_WEBHOOK_HEADERS = 10;
/** RFC 7230 token. */
const HEADER_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Larger uploads hit proxy limits live and the emulator's 25 MiB body cap. */
export const MAX_KB_FILE_BYTES = 24 * 1024 * 1024;

export interface ResourceContext {
  absPath: string;
  file: string;
  rootReal: string;
  interpolation: InterpolationContext;
  display: (abs: string) => string;
  tracked?: ReadonlySet<string>;
}

export type LoadedResource = { kind: "KnowledgeBase"; definition: KnowledgeBaseDefinition } | { kind: "Webhook"; definition: WebhookDefinition };

export async function loadResourceFile(ctx: ResourceContext, tree: YamlTree, kind: string, diagnostics: Diagnostic[]): Promise<LoadedResource | undefined> {
  const { file } = ctx;
  const work = locatedDoc(tree, file);
  const doc = tree.value as JsonObject;
  // A header's problem is its name: point at the key, not at the (secret) value.
  const locate = (pointer: string): SourcePosition => {
    const onKey = pointer.startsWith("/spec/headers/");
    for (let p = pointer; ; p = p.slice(0, Math.max(0, p.lastIndexOf("/")))) {
      const pos = onKey ? (work.keyPositions.get(p) ?? work.positions.get(p)) : (work.positions.get(p) ?? work.keyPositions.get(p));
      if (pos) return pos;
      if (p === "") return { file, line: 1, column: 1 };
    }
  };
  const error = (code: string, pointer: string, message: string, hint?: string): void => {
    diagnostics.push({ severity: "error", code, message, path: pointer, ...pick(locate(pointer)), ...(hint ? { hint } : {}) });
  };

  if (kind === "KnowledgeBase" && isObject(doc.spec)) {
    for (const key of ["text", "texts", "items", "content"]) {
      if (key in doc.spec) {
        error("kb/text-source", `/spec/${key}`, `spec.${key}: text sources cannot be deployed: the API cannot create text items (upload-text does not exist)`, "render the text to a PDF and list it under spec.files");
        delete doc.spec[key];
      }
    }
  }

  // Interpolation, on string scalars only; header values stay sensitive whatever they hold.
  const sensitivePaths = interpolateDocument(doc, work.stringScalars, ctx.interpolation, (r, pointer) =>
    error(r.code, pointer, `${displayPath(pointer)}: ${r.message}`, r.hint),
  );
  if (kind === "Webhook" && isObject(doc.spec) && isObject(doc.spec.headers)) {
    for (const k of Object.keys(doc.spec.headers)) sensitivePaths.push(childPointer("/spec/headers", k));
  }

  const validate = (kind === "KnowledgeBase" ? validateKnowledgeBase : validateWebhook) as unknown as ValidateFunction;
  if (!validate(doc)) {
    diagnostics.push(...schemaDiagnostics(validate.errors ?? [], { file, document: doc, positions: work.positions, keyPositions: work.keyPositions, sensitivePaths }));
  }
  if (diagnostics.some((d) => d.severity === "error")) return undefined;

  const positions: Record<string, SourcePosition> = {};
  for (const [p, pos] of work.positions) positions[p] = pos;
  const metadata = doc.metadata as JsonObject;
  const spec = (doc.spec ?? {}) as JsonObject;

  if (kind === "Webhook") {
    const headers = spec.headers as Record<string, string> | undefined;
    if (headers) checkHeaders(headers, error);
    if (diagnostics.some((d) => d.severity === "error")) return undefined;
    const definition: WebhookDefinition = {
      file,
      name: metadata.name as string,
      endpoint: (spec.endpoint as string).trim(),
      description: spec.description as string,
      positions,
      ...(headers ? { headers: { ...headers } } : {}),
    };
    return { kind: "Webhook", definition };
  }

  const files: KnowledgeBaseFile[] = [];
  for (const [i, ref] of ((spec.files ?? []) as string[]).entries()) {
    const pointer = `/spec/files/${i}`;
    const read = await readKbFile(ref, pointer, ctx);
    if ("code" in read) error(read.code, pointer, read.message, read.hint);
    else files.push(read);
  }
  const stems = new Map<string, string>();
  for (const f of files) {
    const prev = stems.get(f.stem.toLowerCase());
    if (prev) error("kb/duplicate-file-name", f.pointer, `spec.files: "${f.file}" has the same file name as "${prev}"; the platform tells files apart by name`, "rename one of them");
    stems.set(f.stem.toLowerCase(), f.file);
  }
  if (diagnostics.some((d) => d.severity === "error")) return undefined;
  const definition: KnowledgeBaseDefinition = {
    file,
    name: (metadata.name as string).trim(),
    description: typeof metadata.description === "string" ? metadata.description : "",
    files,
    urls: [...new Set((spec.urls ?? []) as string[])],
    positions,
  };
  return { kind: "KnowledgeBase", definition };
}

function checkHeaders(headers: Record<string, string>, error: (code: string, pointer: string, message: string, hint?: string) => void): void {
  const names = Object.keys(headers);
  if (names.length > MAX_WEBHOOK_HEADERS) {
    error("webhook/too-many-headers", "/spec/headers", `spec.headers: ${names.length} headers; the API allows at most ${MAX_WEBHOOK_HEADERS}`);
  }
  const seen = new Map<string, string>();
  for (const name of names) {
    const pointer = childPointer("/spec/headers", name);
    if (!HEADER_TOKEN.test(name)) error("webhook/invalid-header-name", pointer, `spec.headers: "${name}" is not a valid header name`);
    else if (RESERVED_HEADER.test(name)) {
      error("webhook/reserved-header", pointer, `spec.headers: "${name}" is a reserved header name (x-signature, host, content-*, connection and transfer-encoding are set by the platform)`);
    }
    const prev = seen.get(name.toLowerCase());
    if (prev !== undefined) error("webhook/duplicate-header", pointer, `spec.headers: "${name}" and "${prev}" differ only in case`);
    seen.set(name.toLowerCase(), name);
    // Never the value itself: only what is wrong with it.
    if (/[\r\n\0]/.test(headers[name] ?? "")) error("webhook/invalid-header-value", pointer, `spec.headers.${name}: the value holds a line break or NUL character`);
  }
}

type KbFileProblem = { code: string; message: string; hint?: string };

async function readKbFile(ref: string, pointer: string, ctx: ResourceContext): Promise<KnowledgeBaseFile | KbFileProblem> {
  if (!/\.pdf$/i.test(ref)) {
    return {
      code: "kb/not-pdf",
      message: `knowledge-base file "${ref}" is not a PDF: the API accepts only PDF files and cannot create text items`,
      hint: "render it to PDF (or, for a web page, list its URL under spec.urls)",
    };
  }
  const resolved = await resolveRepoFile(ref, ctx.absPath, ctx.rootReal, ctx.display, ctx.tracked, "knowledge-base file");
  if (!resolved.ok) return { code: resolved.code, message: resolved.message, ...(resolved.hint ? { hint: resolved.hint } : {}) };
  let bytes: Buffer;
  try {
    const handle = await open(resolved.realPath, "r");
    try {
      const size = (await handle.stat()).size;
      if (size > MAX_KB_FILE_BYTES) return { code: "kb/file-too-large", message: `knowledge-base file "${ref}" is ${size} bytes; at most ${MAX_KB_FILE_BYTES} can be uploaded` };
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return { code: "file/unreadable", message: `knowledge-base file "${ref}": cannot read it (${(err as NodeJS.ErrnoException).code ?? "error"})` };
  }
  if (bytes.subarray(0, 5).toString("latin1") !== "%PDF-") {
    return { code: "kb/not-pdf", message: `knowledge-base file "${ref}" does not start with %PDF-: the API refuses content that is not a PDF` };
  }
  const stem = basename(resolved.absPath).replace(/\.pdf$/i, "");
  const digest = kbFileDigest(bytes);
  return { file: ctx.display(resolved.absPath), absPath: resolved.realPath, stem, digest, size: bytes.length, uploadName: `${stem}.${digest}.pdf`, pointer };
}

/** First 12 hex of sha256: carried in the uploaded file name, since the platform stores no hash. */
export function kbFileDigest(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 12);
}

function pick(pos: SourcePosition): { line: number; column: number; file: string } {
  return { file: pos.file, line: pos.line, column: pos.column };
}

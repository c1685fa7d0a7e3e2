/**
 * Validates request and response bodies against the official Atoms OpenAPI 3.0 specs vendored in `spec/openapi/`.
 *
 * OpenAPI 3.0 schemas are not JSON Schema, so the whole spec document is transformed once
 * (`nullable` -> a union with null, `oneOf` -> `anyOf`), registered with ajv under an `$id`,
 * and each operation's body schema is compiled as a `$ref` into that document, so internal
 * `#/components/...` references resolve without copying anything.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import AjvModule from "ajv";
import type { ErrorObject, ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse as parseYaml } from "yaml";

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
type AjvInstance = InstanceType<typeof Ajv>;

export type SpecRevision = "2026-07-22" | "2026-08-21";

export const REPO_ROOT = resolve(import.meta.dirname, "../..");
/** Resolved relative to the repository, never the cwd. */
export const OPENAPI_DIR = resolve(REPO_ROOT, "spec/openapi");

export function specFile(revision: SpecRevision): string {
  return resolve(OPENAPI_DIR, `atoms-openapi-${revision}.yaml`);
}

/** The contract suite's schema checks must run: a missing spec file fails the suite instead of skipping checks. */
export function missingSpecFiles(): string[] {
  return (["2026-07-22", "2026-08-21"] as const).map(specFile).filter((f) => !existsSync(f));
}

/** A place where the contract deliberately differs from the spec. Consulted by `SpecValidator`. */
export interface SpecException {
  /** Limits the exception to one spec revision; both when omitted. */
  spec?: SpecRevision;
  /**
   * `METHOD /path/template`, e.g. `GET /agent/{id}`, matched against concrete paths like a spec path.
   * `*` as the method or as the whole template matches anything (transport-level behaviour).
   */
  operation: string;
  direction: "request" | "response";
  /** Response status the exception applies to; every status when omitted. */
  status?: number;
  /**
   * JSON Pointer prefix inside the body (e.g. `/data/_resolvedConfig/tools`). Only schema errors at or
   * below it are excused. Omitted: the whole check is excused (undeclared status, non-JSON body, ...).
   */
  instancePath?: string;
  /** The section of docs/atoms-api.md that fixes the behaviour, e.g. `§2.6`. */
  contract: string;
  reason: string;
}

export interface SchemaCheck {
  /** `METHOD /template` of the matched spec operation, or null when no operation matches. */
  operation: string | null;
  /** Problems that no exception excuses. Empty means valid. */
  errors: string[];
  /** Exceptions that excused at least one problem. */
  excusedBy: SpecException[];
}

export interface ResponseInput {
  method: string;
  /** Path relative to the base URL, query allowed (`/agent/66a…?draftId=…`). */
  path: string;
  status: number;
  contentType: string;
  /** Raw response text. */
  text: string;
}

export interface RequestInput {
  method: string;
  path: string;
  body: unknown;
}

interface JsonObject {
  [key: string]: unknown;
}

interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  literalSegments: number;
  /** JSON pointer to the operation object inside the spec document. */
  pointer: string;
  node: JsonObject;
}

const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** `/agent/{id}/drafts` -> a regex matching one concrete path segment per parameter. */
export function templateRegex(template: string): RegExp {
  const parts = template.split("/").map((seg) =>
    /^\{[^}]+\}$/.test(seg) ? "[^/]+" : seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
  );
  return new RegExp(`^${parts.join("/")}/?$`);
}

function literalSegmentCount(template: string): number {
  return template.split("/").filter((s) => s !== "" && !/^\{[^}]+\}$/.test(s)).length;
}

function stripQuery(path: string): string {
  const q = path.indexOf("?");
  return q === -1 ? path : path.slice(0, q);
}

/**
 * OpenAPI 3.0 -> JSON Schema for ajv. `nullable` becomes a null-admitting union; `oneOf` becomes
 * `anyOf` because the spec uses it as a plain union and some alternatives overlap (the 409 of
 * `PUT …/draft` is `oneOf [DraftConflictError, ConflictErrorResponse]`, and every conflict body
 * satisfies both, which strict `oneOf` would reject).
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "oneOf") out.anyOf = toJsonSchema(value);
    else out[key] = toJsonSchema(value);
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else if ("$ref" in out || "allOf" in out || "anyOf" in out || Array.isArray(out.enum)) {
      const { description, ...rest } = out;
      return { ...(description === undefined ? {} : { description }), anyOf: [rest, { type: "null" }] };
    }
    // `nullable` alone (no type) already admits everything.
  }
  return out;
}

function formatAjvError(e: ErrorObject): string {
  const where = e.instancePath === "" ? "(body)" : e.instancePath;
  const extra = e.keyword === "enum" ? ` ${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)}` : "";
  return `${where} ${e.message ?? e.keyword}${extra}`;
}

/** ajv reports every failed `anyOf` branch; the branch errors are noise once the union error is kept. */
function pruneUnionNoise(errors: ErrorObject[]): ErrorObject[] {
  const unionPaths = errors.filter((e) => e.keyword === "anyOf").map((e) => e.schemaPath.replace(/\/anyOf$/, "/anyOf/"));
  return errors.filter((e) => e.keyword === "anyOf" || !unionPaths.some((p) => e.schemaPath.startsWith(p)));
}

export class SpecValidator {
  readonly revision: SpecRevision;
  private readonly doc: JsonObject;
  private readonly ajv: AjvInstance;
  private readonly schemaId: string;
  private readonly operations: Operation[];
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly exceptions: SpecException[];

  constructor(revision: SpecRevision, exceptions: readonly SpecException[] = [], file = specFile(revision)) {
    this.revision = revision;
    this.exceptions = exceptions.filter((x) => x.spec === undefined || x.spec === revision);
    this.schemaId = `https://atoms.contract.test/openapi-${revision}.json`;
    const raw = parseYaml(readFileSync(file, "utf8"), { maxAliasCount: -1 }) as JsonObject;
    this.doc = toJsonSchema(raw) as JsonObject;
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(this.ajv);
    // Formats OpenAPI defines on top of JSON Schema; they carry no constraint worth checking here.
    for (const f of ["float", "double", "int32", "int64", "byte", "binary", "password"]) this.ajv.addFormat(f, true);
    this.ajv.addSchema({ ...this.doc, $id: this.schemaId });
    this.operations = this.collectOperations();
  }

  private collectOperations(): Operation[] {
    const paths = isObject(this.doc.paths) ? this.doc.paths : {};
    const ops: Operation[] = [];
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const node = item[method];
        if (!isObject(node)) continue;
        ops.push({
          method: method.toUpperCase(),
          template,
          regex: templateRegex(template),
          literalSegments: literalSegmentCount(template),
          pointer: `/paths/${escapePointer(template)}/${method}`,
          node,
        });
      }
    }
    // Literal segments win over parameters: `/versions/diff` before `/versions/{versionId}`.
    return ops.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  /** The spec operation serving (method, concrete path), or undefined. */
  findOperation(method: string, path: string): { method: string; template: string } | undefined {
    const op = this.matchOperation(method, path);
    return op && { method: op.method, template: op.template };
  }

  private matchOperation(method: string, path: string): Operation | undefined {
    const bare = stripQuery(path);
    const m = method.toUpperCase();
    return this.operations.find((op) => op.method === m && op.regex.test(bare));
  }

  /** Follow a `$ref` to `#/components/...` (response objects and request bodies can be refs). */
  private deref(node: unknown, pointer: string): { node: unknown; pointer: string } {
    let current = node;
    let at = pointer;
    for (let i = 0; i < 10 && isObject(current) && typeof current.$ref === "string"; i++) {
      const ref = current.$ref;
      if (!ref.startsWith("#/")) break;
      at = ref.slice(1);
      current = this.resolvePointer(at);
    }
    return { node: current, pointer: at };
  }

  private resolvePointer(pointer: string): unknown {
    let current: unknown = this.doc;
    for (const raw of pointer.split("/").slice(1)) {
      const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      current = isObject(current) ? current[seg] : undefined;
    }
    return current;
  }

  private validatorAt(pointer: string): ValidateFunction {
    let fn = this.compiled.get(pointer);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `${this.schemaId}#${pointer}` });
      this.compiled.set(pointer, fn);
    }
    return fn;
  }

  private applicableExceptions(direction: SpecException["direction"], method: string, path: string, status?: number) {
    const bare = stripQuery(path);
    return this.exceptions.filter((x) => {
      if (x.direction !== direction) return false;
      if (x.status !== undefined && status !== undefined && x.status !== status) return false;
      const space = x.operation.indexOf(" ");
      const xm = x.operation.slice(0, space).toUpperCase();
      const template = x.operation.slice(space + 1);
      const methodOk = xm === "*" || xm === method.toUpperCase();
      return methodOk && (template === "*" || templateRegex(template).test(bare));
    });
  }

  /**
   * Splits problems into excused and unexcused. `instancePath` null means a whole-body problem
   * (no operation, undeclared status, unparsable body), which only an exception without
   * `instancePath` excuses.
   */
  private settle(
    operation: string | null,
    problems: Array<{ message: string; instancePath: string | null }>,
    candidates: SpecException[],
  ): SchemaCheck {
    const errors: string[] = [];
    const excusedBy = new Set<SpecException>();
    for (const p of problems) {
      const excuse = candidates.find((x) =>
        x.instancePath === undefined
          ? true
          : p.instancePath !== null && (p.instancePath === x.instancePath || p.instancePath.startsWith(`${x.instancePath}/`)),
      );
      if (excuse) excusedBy.add(excuse);
      else errors.push(p.message);
    }
    return { operation, errors, excusedBy: [...excusedBy] };
  }

  checkResponse(input: ResponseInput): SchemaCheck {
    const candidates = this.applicableExceptions("response", input.method, input.path, input.status);
    const op = this.matchOperation(input.method, input.path);
    if (!op) {
      return this.settle(null, [{ message: `no operation in spec ${this.revision} for ${input.method} ${stripQuery(input.path)}`, instancePath: null }], candidates);
    }
    const name = `${op.method} ${op.template}`;
    const responses = isObject(op.node.responses) ? op.node.responses : {};
    const key = String(input.status) in responses ? String(input.status) : "default" in responses ? "default" : null;
    if (key === null) {
      return this.settle(name, [{ message: `${name}: status ${input.status} is not declared in spec ${this.revision}`, instancePath: null }], candidates);
    }
    const { node: response, pointer: responsePointer } = this.deref(responses[key], `${op.pointer}/responses/${key}`);
    const content = isObject(response) && isObject(response.content) ? response.content : undefined;
    const json = content?.["application/json"];
    if (!isObject(json) || json.schema === undefined) return { operation: name, errors: [], excusedBy: [] };
    const schemaPointer = `${responsePointer}/content/${escapePointer("application/json")}/schema`;
    if (!/json/i.test(input.contentType)) {
      return this.settle(name, [{ message: `${name} ${input.status}: expected application/json, got "${input.contentType}"`, instancePath: null }], candidates);
    }
    let body: unknown;
    try {
      body = JSON.parse(input.text);
    } catch {
      return this.settle(name, [{ message: `${name} ${input.status}: body is not JSON`, instancePath: null }], candidates);
    }
    return this.validateAt(name, `${name} ${input.status} response`, schemaPointer, body, candidates);
  }

  checkRequest(input: RequestInput): SchemaCheck {
    const candidates = this.applicableExceptions("request", input.method, input.path);
    const op = this.matchOperation(input.method, input.path);
    // A bodiless request to an unknown route has nothing to validate; its response check reports the route.
    if (!op && input.body === undefined) return { operation: null, errors: [], excusedBy: [] };
    if (!op) {
      return this.settle(null, [{ message: `no operation in spec ${this.revision} for ${input.method} ${stripQuery(input.path)}`, instancePath: null }], candidates);
    }
    const name = `${op.method} ${op.template}`;
    if (op.node.requestBody === undefined) {
      if (input.body === undefined) return { operation: name, errors: [], excusedBy: [] };
      return this.settle(name, [{ message: `${name}: the spec declares no request body`, instancePath: null }], candidates);
    }
    const { node: requestBody, pointer } = this.deref(op.node.requestBody, `${op.pointer}/requestBody`);
    if (input.body === undefined) {
      const required = isObject(requestBody) && requestBody.required === true;
      return required
        ? this.settle(name, [{ message: `${name}: request body is required`, instancePath: null }], candidates)
        : { operation: name, errors: [], excusedBy: [] };
    }
    const content = isObject(requestBody) && isObject(requestBody.content) ? requestBody.content : undefined;
    const json = content?.["application/json"];
    if (!isObject(json) || json.schema === undefined) {
      return this.settle(name, [{ message: `${name}: the spec declares no JSON request body`, instancePath: null }], candidates);
    }
    const schemaPointer = `${pointer}/content/${escapePointer("application/json")}/schema`;
    return this.validateAt(name, `${name} request`, schemaPointer, input.body, candidates);
  }

  private validateAt(name: string, label: string, pointer: string, body: unknown, candidates: SpecException[]): SchemaCheck {
    const validate = this.validatorAt(pointer);
    if (validate(body)) return { operation: name, errors: [], excusedBy: [] };
    const problems = pruneUnionNoise(validate.errors ?? []).map((e) => ({
      message: `${label}: ${formatAjvError(e)}`,
      instancePath: e.instancePath,
    }));
    return this.settle(name, problems, candidates);
  }
}

const cache = new WeakMap<readonly SpecException[], Map<SpecRevision, SpecValidator>>();
const NO_EXCEPTIONS: readonly SpecException[] = [];

/** One validator per revision and exception list per process: parsing a spec takes a few hundred ms. */
export function specValidator(revision: SpecRevision, exceptions: readonly SpecException[] = NO_EXCEPTIONS): SpecValidator {
  let byRevision = cache.get(exceptions);
  if (!byRevision) {
    byRevision = new Map();
    cache.set(exceptions, byRevision);
  }
  let v = byRevision.get(revision);
  if (!v) {
    v = new SpecValidator(revision, exceptions);
    byRevision.set(revision, v);
  }
  return v;
}

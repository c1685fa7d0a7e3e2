/**
 * Where the contract suite points: the local emulator (default, one per versioning model) or the
 * real Atoms API when `ATOMS_CONTRACT_BASE_URL` and `ATOMS_CONTRACT_API_KEY` are both set.
 *
 * Against the real API, tests that need emulator control (faults, forced scan failures, model
 * switching, seeded legacy values) are skipped, and only the model named by `ATOMS_CONTRACT_MODEL`
 * (default `branches`, production since 2026-07-23) runs. Everything the suite creates is named
 * `contract-test-…` and archived in `afterAll`.
 */
import { createEmulator } from "../../src/emulator/index.js";
import type { Emulator, EmulatorControl, EmulatorOptions } from "../../src/emulator/index.js";
import { missingSpecFiles, specValidator } from "../helpers/openapi.js";
import type { SpecRevision } from "../helpers/openapi.js";
import { RawClient } from "./raw.js";
import type { FetchLike } from "./raw.js";
import { SPEC_EXCEPTIONS } from "./spec-exceptions.js";

export type ApiModel = "versions" | "branches";

const env = process.env;
export const LIVE_BASE_URL = env.ATOMS_CONTRACT_BASE_URL ?? "";
const LIVE_API_KEY = env.ATOMS_CONTRACT_API_KEY ?? "";
export const LIVE = LIVE_BASE_URL !== "" && LIVE_API_KEY !== "";
export const LIVE_MODEL: ApiModel = env.ATOMS_CONTRACT_MODEL === "versions" ? "versions" : "branches";

/** True when a suite for `model` can run against the current target. */
export function modelRuns(model: ApiModel): boolean {
  return !LIVE || LIVE_MODEL === model;
}

export const EMULATOR_KEY = "sk_emulator_local";
export const EMULATOR_ORG = "org_local";
/** A second tenant to check data isolation between keys. */
export const OTHER_KEY = "sk_emulator_other";
/** Long enough that "activate while scanning" is never racy; the suite jumps the emulator's clock instead of waiting. */
export const SECURITY_CHECK_MS = 2000;
export const NAME_PREFIX = "contract-test-";

export const SPEC_FOR_MODEL: Record<ApiModel, SpecRevision> = { versions: "2026-07-22", branches: "2026-08-21" };

function validatorFor(model: ApiModel) {
  const missing = missingSpecFiles();
  if (missing.length > 0) throw new Error(`OpenAPI spec files missing (${missing.join(", ")}): the contract suite validates against them (see spec/openapi/README.md)`);
  return specValidator(SPEC_FOR_MODEL[model], SPEC_EXCEPTIONS);
}

export interface ContractTarget {
  readonly kind: "emulator" | "live";
  readonly model: ApiModel;
  readonly api: RawClient;
  /** The emulator behind the target; throws against the real API (such tests are skipped there). */
  readonly emulator: Emulator;
  readonly control: EmulatorControl;
  /**
   * Another client on the same target (emulator only): a different key, no schema checks, or the
   * spec of the other model (after `control.setModel`).
   */
  client(apiKey: string, options?: { validate?: boolean; specModel?: ApiModel }): RawClient;
  /** Create an agent named `contract-test-<suffix>` and register it for archiving. Returns its id. */
  createAgent(body?: Record<string, unknown>): Promise<string>;
  /** Register an agent created by other means for archiving. */
  track(agentId: string): void;
  /** Let `ms` pass: jumps the emulator's clock, really waits against the live API. */
  advance(ms: number): Promise<void>;
  close(): Promise<void>;
}

let nameCounter = 0;
export function uniqueName(suffix = "agent"): string {
  nameCounter += 1;
  return `${NAME_PREFIX}${suffix}-${Date.now().toString(36)}-${nameCounter}`;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function openTarget(model: ApiModel, options: EmulatorOptions = {}): Promise<ContractTarget> {
  const validator = validatorFor(model);
  if (LIVE) {
    const api = new RawClient({ baseUrl: LIVE_BASE_URL, apiKey: LIVE_API_KEY, fetch: (r) => fetch(r), validator, timeoutMs: 30_000 });
    return buildTarget({ kind: "live", model, api, makeClient: () => { throw new Error("emulator only"); }, advance: sleep, close: async () => {} });
  }

  let skew = 0;
  const emulator = createEmulator({
    model,
    securityCheckMs: SECURITY_CHECK_MS,
    apiKeys: { [EMULATOR_KEY]: EMULATOR_ORG, [OTHER_KEY]: "org_other" },
    now: () => Date.now() + skew,
    ...options,
  });
  let baseUrl: string;
  let fetchFn: FetchLike;
  if (env.ATOMS_CONTRACT_TRANSPORT === "in-process") {
    baseUrl = `http://127.0.0.1${options.basePath ?? "/atoms/v1"}`;
    fetchFn = (r) => emulator.fetch(r);
  } else {
    // Real sockets on loopback: headers, body limits and dropped connections behave as over the network.
    baseUrl = (await emulator.listen({ port: 0, host: "127.0.0.1" })).url;
    fetchFn = (r) => fetch(r);
  }
  const makeClient = (apiKey: string, validate = true, specModel: ApiModel = model) =>
    new RawClient({ baseUrl, apiKey, fetch: fetchFn, validator: validate ? validatorFor(specModel) : undefined });
  return buildTarget({
    kind: "emulator",
    model,
    api: makeClient(EMULATOR_KEY),
    emulator,
    makeClient,
    advance: async (ms) => {
      skew += ms;
    },
    close: () => emulator.close(),
  });
}

interface TargetParts {
  kind: "emulator" | "live";
  model: ApiModel;
  api: RawClient;
  emulator?: Emulator;
  makeClient: (apiKey: string, validate?: boolean, specModel?: ApiModel) => RawClient;
  advance: (ms: number) => Promise<void>;
  close: () => Promise<void>;
}

function buildTarget(parts: TargetParts): ContractTarget {
  const created = new Set<string>();
  const { api } = parts;
  const requireEmulator = (): Emulator => {
    if (!parts.emulator) throw new Error("this test needs the emulator; it must be skipped against the real API");
    return parts.emulator;
  };
  return {
    kind: parts.kind,
    model: parts.model,
    api,
    get emulator() {
      return requireEmulator();
    },
    get control() {
      return requireEmulator().control;
    },
    client: (apiKey, options) => parts.makeClient(apiKey, options?.validate ?? true, options?.specModel),
    async createAgent(body = {}) {
      const res = await api.post("/agent", { name: uniqueName(), singlePromptConfig: { prompt: "You are a contract test agent." }, ...body });
      if (res.status !== 201 || typeof res.json?.data !== "string") {
        throw new Error(`POST /agent failed: ${res.status} ${res.text.slice(0, 300)}`);
      }
      created.add(res.json.data);
      return res.json.data as string;
    },
    track: (id) => void created.add(id),
    advance: parts.advance,
    async close() {
      // Archive everything we created; "already archived" (409) is fine.
      for (const id of created) {
        try {
          await api.delete(`/agent/${id}/archive`);
        } catch {
          // Cleanup is best effort; a failure here must not hide the test result.
        }
      }
      await parts.close();
    },
  };
}

/** Poll `read` until `done` holds, or fail with the last value after `timeoutMs`. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  options: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? (LIVE ? 90_000 : 5_000));
  let last = await read();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${options.what ?? "condition"}; last: ${JSON.stringify(last).slice(0, 500)}`);
    await sleep(options.intervalMs ?? (LIVE ? 1000 : 20));
    last = await read();
  }
  return last;
}

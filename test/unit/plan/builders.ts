import type { AgentDefinition, AgentMetadata, AgentSpec } from "../../../src/model/definition.js";
import type { JsonObject } from "../../../src/model/json.js";
import type { AgentSummary, ObservedAgent } from "../../../src/model/observed.js";
import type { Plan } from "../../../src/model/plan.js";
import { buildPlan, normalizeResolved } from "../../../src/plan/index.js";
import { specEntries } from "../../../src/plan/field-map.js";
import { clone, setAt, withoutNulls } from "../../../src/plan/json-utils.js";
import type { PlanInput } from "../../../src/plan/index.js";

/**
 * The spec's fields under their `_resolvedConfig` names (nothing filled, nothing dropped but nulls): what the live
 * config of an agent that already matches its definition looks like, and the inverse `resolvedToSpec` is tested against.
 */
export function specToResolved(spec: AgentSpec): JsonObject {
  const out: JsonObject = {};
  for (const { mapping, value } of specEntries(spec)) setAt(out, mapping.resolved, withoutNulls(clone(value)));
  return out;
}

let counter = 0;
/** A 24-hex id that is stable for a given seed. */
export function oid(seed: number): string {
  return seed.toString(16).padStart(24, "0");
}

export function definition(
  name: string,
  spec: AgentSpec = {},
  extra: { metadata?: Partial<AgentMetadata>; sensitivePaths?: string[]; file?: string } = {},
): AgentDefinition {
  return {
    file: extra.file ?? `agents/${name}.yaml`,
    metadata: { name, ...extra.metadata },
    spec,
    sensitivePaths: extra.sensitivePaths ?? [],
    positions: { "/metadata/id": { file: extra.file ?? `agents/${name}.yaml`, line: 3, column: 7 } },
  };
}

/** An observed agent whose resolved config is `spec` mapped to resolved names with server defaults filled. */
export function observed(
  name: string,
  spec: AgentSpec = {},
  extra: Partial<Omit<ObservedAgent, "resolved">> & { resolved?: JsonObject } = {},
): ObservedAgent {
  counter++;
  const { resolved, ...rest } = extra;
  return {
    id: extra.id ?? oid(0xa000 + counter),
    name,
    archived: false,
    activeVersionId: extra.activeVersionId ?? oid(0xb000 + counter),
    phoneNumbers: [],
    allowInboundCall: true,
    visibleToEveryone: false,
    resolved: resolved ?? normalizeResolved(specToResolved(spec)),
    ...rest,
  };
}

export function summary(name: string, id: string, extra: Partial<AgentSummary> = {}): AgentSummary {
  return { id, name, archived: false, activeVersionId: oid(0xc000), ...extra };
}

export function plan(input: Partial<PlanInput> & Pick<PlanInput, "definitions">): Plan {
  return buildPlan({
    target: { environment: "prod", baseUrl: "http://127.0.0.1:1/atoms/v1", apiModel: "versions" },
    source: { dir: "agents", configDigest: "sha256:" + "0".repeat(64), gitSha: "0123456789abcdef0123456789abcdef01234567" },
    createdAt: "2026-08-01T12:00:00.000Z",
    toolVersion: "0.1.0",
    ...input,
  });
}

export const PROMPT = ["You are Ava, the support agent of Acme.", "Greet the caller by name.", "Be brief.", "Never share internal notes."].join(
  "\n",
);

export const TRANSFER_TOOL: JsonObject = {
  type: "transfer_call",
  name: "transfer_to_human",
  description: "Transfer to a human",
  transferNumber: "+14155550100",
  transferOption: { type: "cold_transfer" },
};

export const END_TOOL: JsonObject = { type: "end_call", name: "end_call", description: "End the call" };

export const API_TOOL: JsonObject = {
  type: "api_call",
  name: "lookup_order",
  description: "Look up an order",
  url: "https://api.example.com/orders/{{orderId}}",
  method: "GET",
  headers: { Authorization: "Bearer sk_live_SECRET_1234" },
};

/** A spec using every mapped field. */
export function fullSpec(): AgentSpec {
  return {
    prompt: PROMPT,
    tools: [END_TOOL, TRANSFER_TOOL],
    firstMessage: "Hi, this is Ava.",
    slmModel: "gpt-4o",
    customLLMWebSocketUrl: "wss://llm.example.com/ws",
    transcriberType: "pulse",
    language: {
      default: "en",
      supported: ["en", "hi"],
      switching: { isEnabled: true, minWordsForDetection: 3, strongSignalThreshold: 0.8, weakSignalThreshold: 0.3, minConsecutiveForWeakThresholdSwitch: 2 },
    },
    synthesizer: { voiceConfig: { model: "waves_lightning_v3_1", voiceId: "emily", gender: "female" }, speed: 1.1, consistency: 0.5, similarity: 0, enhancement: 1, sampleRate: 24000 },
    allowInterruptions: true,
    waitForUserToSpeakFirst: false,
    muteUserUntilFirstBotResponse: false,
    interruptionBackoffTimer: 1,
    smartTurnConfig: { isEnabled: true, waitTimeInSecs: 2 },
    voiceDetectionConfig: { confidence: 0.6, minVolume: 0.2, triggerTimeInSecs: 0.3, releaseTimeInSecs: 0.5 },
    voiceMailDetectionConfig: { enabled: true, endText: "Bye" },
    denoisingConfig: { isEnabled: true },
    redactionConfig: { isEnabled: false },
    pronunciationDicts: [{ word: "Acme", pronunciation: "ak-mee" }],
    llmIdleTimeoutConfig: { chatTimeoutTimeInSecs: 60, webcallTimeoutTimeInSecs: 60, telephonyTimeoutTimeInSecs: 30, maxRetries: 2 },
    sessionTimeoutConfig: { timeoutTimeInSecs: 900 },
    timezone: { label: "Asia/Kolkata", offset: 330 },
    callDispositionConfig: "",
    backgroundSound: "office",
    enableStyleGuide: true,
    speechFormatting: true,
    defaultVariables: { plan: "gold", retries: 2 },
    globalKnowledgeBaseId: "66c0000000000000000000k1",
    preCallAPI: { isEnabled: true, url: "https://api.example.com/pre", method: "POST", timeout: 5 },
    postCallAnalyticsConfig: {
      dispositionMetrics: [{ identifier: "resolved", dispositionMetricPrompt: "Was it resolved?", dispositionMetricType: "BOOLEAN" }],
      useInternalAnalyticsModel: true,
      useReasoningModel: true,
    },
  };
}

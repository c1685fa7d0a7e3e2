import type { JsonRecord } from "./json.js";

/** docs/atoms-api.md §3: the server defaults, written with resolved keys (the store keeps configs in resolved form). */
export function serverDefaults(): JsonRecord {
  return {
    tools: [],
    modelName: "electron",
    defaultLanguage: "en",
    supportedLanguages: ["en"],
    languageSwitching: {
      isEnabled: false,
      minWordsForDetection: 2,
      strongSignalThreshold: 0.7,
      weakSignalThreshold: 0.3,
      minConsecutiveForWeakThresholdSwitch: 2,
    },
    synthesizer: {
      voiceConfig: { model: "waves_lightning_v3_1", voiceId: "nyah", gender: "female" },
      speed: 1.2,
      consistency: 0.5,
      similarity: 0,
      enhancement: 1,
      sampleRate: 16000,
    },
    postCallAnalyticsConfig: { dispositionMetrics: [], useInternalAnalyticsModel: true, useReasoningModel: false },
    denoisingConfig: { isEnabled: false },
    redactionConfig: { isEnabled: true },
    sessionTimeoutConfig: { timeoutTimeInSecs: 1800 },
    backgroundSound: "",
  };
}

/** docs/atoms-api.md §4.3: per-type tool defaults the server fills in when it stores a tool. */
export function withToolDefaults(tool: JsonRecord): JsonRecord {
  const out: JsonRecord = { enabled: true, ...tool };
  switch (tool.type) {
    case "transfer_call": {
      const opt = (tool.transferOption ?? {}) as JsonRecord;
      out.transferOption = { type: "cold_transfer", ...opt };
      out.onHoldMusic ??= "ringtone";
      out.transferOnlyIfHuman ??= true;
      out.detectionTimeout ??= 30;
      break;
    }
    case "api_call":
      out.timeout ??= 5000;
      out.responseVariables ??= [];
      break;
    case "knowledge_base_search":
      out.fillerPhrases ??= [];
      break;
  }
  return out;
}

/** docs/atoms-api.md §4.6 sections, in the order the API lists them. */
export const SECTIONS = [
  "workflow_prompt",
  "workflow_tools",
  "workflow_graph",
  "llm",
  "voice",
  "language",
  "call_handling",
  "detection",
  "analytics",
  "timeouts",
  "audio",
  "privacy",
  "widget",
] as const;
export type Section = (typeof SECTIONS)[number];

/** Section of each resolved key (§3 table); keys not listed here fall into `llm` (the catch-all for new fields). */
export const SECTION_OF: Record<string, Section> = {
  prompt: "workflow_prompt",
  firstMessage: "workflow_prompt",
  globalPrompt: "workflow_prompt",
  tools: "workflow_tools",
  workflowGraph: "workflow_graph",
  modelName: "llm",
  customLLMWebSocketUrl: "llm",
  speechFormatting: "llm",
  defaultVariables: "llm",
  globalKnowledgeBaseId: "llm",
  enableStyleGuide: "llm",
  timezone: "llm",
  synthesizer: "voice",
  defaultLanguage: "language",
  supportedLanguages: "language",
  languageSwitching: "language",
  transcriberType: "language",
  allowInterruptions: "call_handling",
  waitForUserToSpeakFirst: "call_handling",
  muteUserUntilFirstBotResponse: "call_handling",
  interruptionBackoffTimer: "call_handling",
  preCallAPI: "call_handling",
  smartTurnConfig: "detection",
  voiceDetectionConfig: "detection",
  voiceMailDetectionConfig: "detection",
  postCallAnalyticsConfig: "analytics",
  callDispositionConfig: "analytics",
  sessionTimeoutConfig: "timeouts",
  llmIdleTimeoutConfig: "timeouts",
  denoisingConfig: "audio",
  backgroundSound: "audio",
  pronunciationDicts: "audio",
  redactionConfig: "privacy",
  widgetConfig: "widget",
};

export function sectionOf(key: string): Section {
  return SECTION_OF[key] ?? "llm";
}

export const DEFAULT_API_KEY = "sk_emulator_local";
export const DEFAULT_ORG = "org_local";
export const DEFAULT_PHONE_NUMBERS = [
  { phoneNumber: "+14155550101", provider: "twilio" },
  { phoneNumber: "+14155550102", provider: "twilio" },
  { phoneNumber: "+918065550103", provider: "plivo" },
];

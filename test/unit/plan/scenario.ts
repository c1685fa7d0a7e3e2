import type { Plan } from "../../../src/model/plan.js";
import { API_TOOL, definition, END_TOOL, observed, oid, plan, PROMPT, summary, TRANSFER_TOOL } from "./builders.js";

/** The plan the renderer goldens show: one create, two updates (prompt, tools, secrets, metadata), one noop, prune. */
export function samplePlan(): Plan {
  const secretTool = { ...API_TOOL, headers: { Authorization: "Bearer sk_live_SECRET_1234", "X-Trace": "on" } };
  const create = definition(
    "billing-bot",
    { prompt: "You help with invoices.\nBe precise.", slmModel: "gpt-4o", tools: [END_TOOL] },
    { metadata: { description: "Billing line", phoneNumbers: ["+14155550123"] } },
  );
  const supportSpec = {
    prompt: PROMPT.replace("Be brief.", "Be brief and kind.\n- Never guess an order number."),
    tools: [{ ...TRANSFER_TOOL, transferNumber: "+14155550199" }, secretTool],
    synthesizer: { speed: 1.1, voiceConfig: { voiceId: "emily" } },
    firstMessage: "Hi, this is Ava from Acme.",
    preCallAPI: { url: "https://api.example.com/pre", method: "POST", headers: { "X-Api-Key": "KEY_FROM_ENV_42" } },
  };
  const support = definition("support-bot", supportSpec, {
    metadata: { id: oid(0xaa1), description: "Tier 1 support" },
    sensitivePaths: ["/spec/tools/1/headers/Authorization", "/spec/preCallAPI/headers/X-Api-Key"],
  });
  const supportObserved = observed(
    "support-bot",
    {
      prompt: PROMPT,
      tools: [TRANSFER_TOOL, END_TOOL],
      synthesizer: { speed: 1.2, voiceConfig: { voiceId: "emily" } },
      firstMessage: "Hi, this is Ava from Acme.",
      preCallAPI: { url: "https://api.example.com/pre", method: "POST", headers: { "X-Api-Key": "OLD_KEY_7" } },
    },
    { id: oid(0xaa1), activeVersionId: oid(0xbb1), description: "Support" },
  );
  const sales = definition("sales-bot", { prompt: "Sell.", language: { default: "hi", supported: ["en", "hi"] } }, { metadata: { visibleToEveryone: true } });
  const salesObserved = observed("sales-bot", { prompt: "Sell.", language: { default: "en", supported: ["en", "hi"] } }, { id: oid(0xaa2), activeVersionId: oid(0xbb2) });
  const quiet = definition("quiet-bot", { prompt: "Shh." });
  const quietObserved = observed("quiet-bot", { prompt: "Shh." }, { id: oid(0xaa3), activeVersionId: oid(0xbb3) });

  return plan({
    definitions: [
      { definition: support, observed: supportObserved },
      { definition: create, observed: null },
      { definition: sales, observed: salesObserved },
      { definition: quiet, observed: quietObserved },
    ],
    unmanaged: [
      { summary: summary("old-campaign-bot", oid(0xaa4), { activeVersionId: oid(0xbb4) }), owned: true },
      { summary: summary("legacy-ivr", oid(0xaa5), { activeVersionId: oid(0xbb5) }), owned: false },
      { summary: summary("ceo-assistant", oid(0xaa6), { activeVersionId: oid(0xbb6) }), owned: true, protected: true },
    ],
    prune: true,
  });
}

export const SECRETS = ["sk_live_SECRET_1234", "KEY_FROM_ENV_42", "OLD_KEY_7"];

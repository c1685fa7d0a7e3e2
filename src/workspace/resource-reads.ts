// The reads a plan of knowledge bases and webhooks needs (GET only), and the context apply takes over from it.
import { UserInputError } from "../errors.js";
import type { AgentDefinition, KnowledgeBaseDefinition, LoadResult, WebhookDefinition } from "../model/definition.js";
import type { KnowledgeBasesApi, ObservedKbItem, ObservedScrapedUrl, WebhooksApi } from "../model/knowledge.js";
import type { ResourcePlan } from "../model/plan.js";
import { knowledgeBaseNamesOf, matchResources, planResources, type ResourceIdentity, type ResourceObservation } from "../plan/resources.js";
import { readMarker } from "../plan/resource-marker.js";
import { resolveReferences } from "../plan/resolve-references.js";

export interface ResourceReader {
  knowledgeBases?: Pick<KnowledgeBasesApi, "listKnowledgeBases" | "listKbItems" | "listScrapedUrls">;
  webhooks?: Pick<WebhooksApi, "listWebhooks">;
  webhookHeaderKey?: Uint8Array;
}

/** What apply needs of a plan's resources: the definitions with real values and what the plan read. */
export interface WorkspaceResources {
  knowledgeBases: KnowledgeBaseDefinition[];
  webhooks: WebhookDefinition[];
  identity: ResourceIdentity;
  observed: ResourceObservation;
  /** Agent name -> its definition as loaded (with knowledge-base names, before resolution). */
  named: Map<string, AgentDefinition>;
  plans: ResourcePlan[];
}

/** True when the definitions involve knowledge bases or webhooks at all (otherwise no request is made for them). */
export function usesResources(load: LoadResult, definitions: AgentDefinition[]): boolean {
  return Boolean(load.knowledgeBases?.length || load.webhooks?.length || definitions.some((d) => d.metadata.webhook || knowledgeBaseNamesOf(d).length > 0));
}

export async function readResourceIndex(client: ResourceReader): Promise<Pick<ResourceObservation, "knowledgeBases" | "webhooks">> {
  if (!client.knowledgeBases || !client.webhooks) throw new UserInputError("this client cannot read knowledge bases and webhooks");
  const [knowledgeBases, webhooks] = await Promise.all([client.knowledgeBases.listKnowledgeBases(), client.webhooks.listWebhooks()]);
  return { knowledgeBases, webhooks };
}

/** Names -> ids for this workspace; an ambiguous name stops the plan before anything else is read. */
export function identify(load: LoadResult, index: Pick<ResourceObservation, "knowledgeBases" | "webhooks">): ResourceIdentity {
  const identity = matchResources(load.knowledgeBases ?? [], load.webhooks ?? [], index);
  if (identity.diagnostics.some((d) => d.severity === "error")) {
    throw new UserInputError(`${identity.diagnostics.length} error(s) matching knowledge bases to the workspace`, identity.diagnostics);
  }
  return identity;
}

export function resolveAll(definitions: AgentDefinition[], identity: ResourceIdentity): AgentDefinition[] {
  return definitions.map((d) => resolveReferences(d, (name) => identity.knowledgeBases.get(name)?.id));
}

export async function planWorkspaceResources(input: {
  client: ResourceReader;
  load: LoadResult;
  index: Pick<ResourceObservation, "knowledgeBases" | "webhooks">;
  identity: ResourceIdentity;
  agents: Array<{ definition: AgentDefinition; id: string | null }>;
  prune: boolean;
}): Promise<WorkspaceResources> {
  const { client, identity, index } = input;
  const kbApi = client.knowledgeBases!;
  const matched = [...identity.knowledgeBases.values()].flatMap((k) => (k ? [k] : []));
  const items = new Map<string, ObservedKbItem[]>();
  const urls = new Map<string, ObservedScrapedUrl[]>();
  await Promise.all(
    matched.map(async (kb) => {
      const [i, u] = await Promise.all([kbApi.listKbItems(kb.id), kbApi.listScrapedUrls(kb.id)]);
      items.set(kb.id, i);
      urls.set(kb.id, u);
    }),
  );
  const observed: ResourceObservation = { ...index, items, urls };
  const plans = planResources({
    knowledgeBases: input.load.knowledgeBases ?? [],
    webhooks: input.load.webhooks ?? [],
    agents: input.agents,
    identity,
    observed,
    headerKey: client.webhookHeaderKey ?? new Uint8Array(32),
    prune: input.prune,
  });
  return {
    knowledgeBases: input.load.knowledgeBases ?? [],
    webhooks: input.load.webhooks ?? [],
    identity,
    observed,
    named: new Map(input.agents.map((a) => [a.definition.metadata.name, a.definition])),
    plans,
  };
}

/** Marked resources exist even when no definition mentions them: --prune must still see them. */
export function hasManagedResources(index: Pick<ResourceObservation, "knowledgeBases" | "webhooks">): boolean {
  return index.knowledgeBases.some((k) => readMarker(k.description).managed) || index.webhooks.some((w) => readMarker(w.description).managed);
}

import type { AgentDefinition } from "../model/definition.js";
import type { AgentSummary, ObservedAgent } from "../model/observed.js";

/**
 * Starts `GET /agent/{id}` for each definition as soon as both it and the agent list are known, so remote reads
 * overlap with loading the rest of the definitions. Purely an optimisation: identity is still decided afterwards by
 * `matchAgents`; a prefetch that turns out unused costs one GET, a missing one is fetched then.
 */
export class ObservedPrefetcher {
  private summaries: AgentSummary[] | undefined;
  private readonly waiting: AgentDefinition[] = [];
  private readonly started = new Map<string, Promise<ObservedAgent>>();

  constructor(private readonly getAgent: (id: string) => Promise<ObservedAgent>) {}

  /** The agent list arrived: resolve the definitions seen so far. */
  setSummaries(summaries: AgentSummary[]): void {
    this.summaries = summaries;
    for (const def of this.waiting.splice(0)) this.consider(def);
  }

  /** A definition finished loading. */
  add(definition: AgentDefinition): void {
    // A pinned id needs no list to be fetched.
    if (this.summaries || definition.metadata.id) this.consider(definition);
    else this.waiting.push(definition);
  }

  /** The observed agent for `id`, reusing a prefetch when one was started. */
  get(id: string): Promise<ObservedAgent> {
    return this.started.get(id) ?? this.start(id);
  }

  private consider(def: AgentDefinition): void {
    const byName = (this.summaries ?? []).filter((s) => !s.archived && s.name === def.metadata.name);
    const id = def.metadata.id ?? (byName.length === 1 ? byName[0]!.id : undefined);
    if (id && /^[0-9a-f]{24}$/.test(id) && !this.started.has(id)) this.start(id);
  }

  private start(id: string): Promise<ObservedAgent> {
    const p = this.getAgent(id);
    // Never an unhandled rejection: the caller awaits the same promise when it needs the agent, and sees the error then.
    p.catch(() => undefined);
    this.started.set(id, p);
    return p;
  }
}

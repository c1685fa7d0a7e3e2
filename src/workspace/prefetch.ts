import type { AgentDefinition } from "../model/definition.js";
import type { AgentSummary, ObservedAgent } from "../model/observed.js";

const AGENT_ID = /^[0-9a-f]{24}$/;

/**
 * Starts `GET /agent/{id}` for each definition as soon as both it and its agent's list entry are known (from any
 * page of the list), so remote reads overlap with loading the rest of the definitions and listing the rest of the
 * agents. Purely an optimisation: identity is still decided afterwards by `matchAgents`; a prefetch that turns out
 * unused (say, a name that a later page shows twice) costs one GET, a missing one is fetched then.
 */
export class ObservedPrefetcher {
  /** Non-archived agent ids by name, from the pages seen so far. */
  private readonly idsByName = new Map<string, string[]>();
  private complete = false;
  private waiting: AgentDefinition[] = [];
  private readonly started = new Map<string, Promise<ObservedAgent>>();

  /**
   * `onObserved` hears each prefetched agent with the definition that asked for it, so a caller can start work on
   * the pair (the diff) while other reads are still in flight. The pair is a guess until `matchAgents` confirms it.
   */
  constructor(
    private readonly getAgent: (id: string) => Promise<ObservedAgent>,
    private readonly onObserved?: (definition: AgentDefinition, observed: ObservedAgent) => void,
  ) {}

  /** A page of the agent list arrived. */
  addSummaries(page: AgentSummary[]): void {
    for (const s of page) {
      if (s.archived) continue;
      const ids = this.idsByName.get(s.name);
      if (!ids) this.idsByName.set(s.name, [s.id]);
      else if (!ids.includes(s.id)) ids.push(s.id);
    }
    this.retryWaiting();
  }

  /** The whole agent list arrived: definitions not found in it are not prefetched. */
  setSummaries(summaries: AgentSummary[]): void {
    this.idsByName.clear();
    this.complete = true;
    this.addSummaries(summaries);
    this.waiting = [];
  }

  /** A definition finished loading. */
  add(definition: AgentDefinition): void {
    if (!this.tryStart(definition) && !this.complete) this.waiting.push(definition);
  }

  /** The observed agent for `id`, reusing a prefetch when one was started. */
  get(id: string): Promise<ObservedAgent> {
    return this.started.get(id) ?? this.start(id);
  }

  private retryWaiting(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const def of waiting) if (!this.tryStart(def)) this.waiting.push(def);
  }

  private tryStart(def: AgentDefinition): boolean {
    // A pinned id needs no list to be fetched.
    const byName = this.idsByName.get(def.metadata.name);
    const id = def.metadata.id ?? (byName?.length === 1 ? byName[0] : undefined);
    if (!id) return false;
    // A pinned id that cannot be an agent's is settled (matching reports it); there is nothing to read ahead.
    if (!AGENT_ID.test(id)) return true;
    const read = this.started.get(id) ?? this.start(id);
    const hook = this.onObserved;
    if (hook) read.then((observed) => hook(def, observed), () => undefined);
    return true;
  }

  private start(id: string): Promise<ObservedAgent> {
    const p = this.getAgent(id);
    // Never an unhandled rejection: the caller awaits the same promise when it needs the agent, and sees the error then.
    p.catch(() => undefined);
    this.started.set(id, p);
    return p;
  }
}

import type { JsonObject } from "../model/json.js";
import type { AgentSummary, ObservedAgent, PhoneNumberProduct } from "../model/observed.js";
import type { AgentsApi, ListAgentsOptions } from "../model/versioning.js";
import { ConflictError } from "../errors.js";
import { unexpectedShape } from "./envelope.js";
import { bool, isRecord, num, requireArray, requireObject, str, toAgentSummary, toObservedAgent, toPhoneNumber } from "./reader.js";
import type { Transport } from "./transport.js";

/** `offset` is the page size on `GET /agent` (docs/atoms-api.md §2.3); 100 is the maximum. */
export const AGENT_PAGE_SIZE = 100;
/** Guards against a server that keeps saying `hasMore: true`. */
const MAX_PAGES = 10_000;

export function agentPath(id: string, rest = ""): string {
  return `/agent/${encodeURIComponent(id)}${rest}`;
}

export class HttpAgentsApi implements AgentsApi {
  constructor(private readonly http: Transport) {}

  async listAgents(options: ListAgentsOptions = {}): Promise<AgentSummary[]> {
    const out: AgentSummary[] = [];
    const seen = new Set<string>();
    const fetchPage = async (page: number) => {
      const res = await this.http.request("GET", "/agent", {
        query: { page, offset: AGENT_PAGE_SIZE, ...(options.archived ? { archived: true } : {}) },
      });
      const data = requireObject(res, res.data, "data");
      const items = requireArray(res, data.agents, "data.agents");
      if (options.onPage) options.onPage(items.flatMap((item) => toAgentSummary(item) ?? []));
      const hasMore = bool(data.hasMore);
      const totalPages = num(data.totalPages);
      const more = hasMore ?? (totalPages !== undefined ? page < totalPages : items.length >= AGENT_PAGE_SIZE);
      return { items, totalPages, more: more && items.length > 0 };
    };
    const collect = (items: unknown[]) => {
      for (const item of items) {
        const s = toAgentSummary(item);
        // Pages can shift under concurrent creates; never report an agent twice.
        if (s && !seen.has(s.id)) {
          seen.add(s.id);
          out.push(s);
        }
      }
    };
    const first = await fetchPage(1);
    collect(first.items);
    let page = 1;
    let more = first.more;
    // The first page says how many there are: fetch the rest at once instead of one round trip after another.
    if (more && first.totalPages !== undefined && first.totalPages > 1) {
      const last = Math.min(first.totalPages, MAX_PAGES);
      const rest = await Promise.all(Array.from({ length: last - 1 }, (_, i) => fetchPage(i + 2)));
      for (const r of rest) collect(r.items);
      page = last;
      more = rest.at(-1)?.more ?? false;
    }
    // Without totals (or when the list grew meanwhile), keep walking until the API says there is no more.
    while (more && page < MAX_PAGES) {
      page++;
      const r = await fetchPage(page);
      collect(r.items);
      more = r.more;
    }
    return out;
  }

  async getAgent(id: string, options: { draftId?: string; versionId?: string } = {}): Promise<ObservedAgent> {
    const res = await this.http.request("GET", agentPath(id), { query: { draftId: options.draftId, versionId: options.versionId } });
    return toObservedAgent(res, res.data, id);
  }

  async createAgent(body: JsonObject): Promise<string> {
    const res = await this.http.request("POST", "/agent", { body });
    const d = res.data;
    const id = typeof d === "string" ? d : isRecord(d) ? (str(d._id) ?? str(d.id)) : undefined;
    if (!id) throw unexpectedShape(res, "expected data to be the new agent id");
    return id;
  }

  async updateAgentMetadata(id: string, body: JsonObject): Promise<void> {
    await this.http.request("PATCH", agentPath(id), { body });
  }

  async archiveAgent(id: string, archived: boolean): Promise<void> {
    try {
      await this.http.request("DELETE", agentPath(id, "/archive"), { query: archived ? undefined : { on: false } });
    } catch (err) {
      // The desired state already holds (also after a replay of a request whose 200 was lost).
      const already = archived ? /already archived/i : /already active/i;
      if (err instanceof ConflictError && err.errors.some((e) => already.test(e))) return;
      throw err;
    }
  }

  async listPhoneNumbers(): Promise<PhoneNumberProduct[]> {
    const res = await this.http.request("GET", "/product/phone-numbers");
    const list = Array.isArray(res.data) ? res.data : isRecord(res.data) ? res.data.phoneNumbers ?? res.data.items : res.data;
    return requireArray(res, list, "data").flatMap((item) => {
      const p = toPhoneNumber(item);
      return p ? [p] : [];
    });
  }
}

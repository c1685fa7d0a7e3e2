import { describe, expect, it } from "vitest";
import type { AgentDefinition } from "../../../src/model/definition.js";
import type { AgentSummary, ObservedAgent } from "../../../src/model/observed.js";
import { ObservedPrefetcher } from "../../../src/workspace/prefetch.js";

const id = (n: number) => n.toString(16).padStart(24, "0");
const summary = (n: number, name: string, archived = false): AgentSummary => ({ id: id(n), name, archived, activeVersionId: null });
const def = (name: string, pinned?: string) => ({ metadata: { name, ...(pinned ? { id: pinned } : {}) } }) as unknown as AgentDefinition;

function recorder() {
  const reads: string[] = [];
  const heard: Array<[string, string]> = [];
  const prefetch = new ObservedPrefetcher(
    async (agentId) => {
      reads.push(agentId);
      return { id: agentId } as ObservedAgent;
    },
    (d, o) => heard.push([d.metadata.name, o.id]),
  );
  return { reads, heard, prefetch };
}

describe("ObservedPrefetcher", () => {
  it("reads an agent as soon as its definition and any page naming it are known", async () => {
    const { reads, heard, prefetch } = recorder();
    prefetch.add(def("a"));
    prefetch.add(def("b"));
    expect(reads).toEqual([]);
    prefetch.addSummaries([summary(1, "a")]);
    expect(reads).toEqual([id(1)]);
    prefetch.addSummaries([summary(2, "b")]);
    expect(reads).toEqual([id(1), id(2)]);
    await Promise.resolve();
    expect(heard).toEqual([
      ["a", id(1)],
      ["b", id(2)],
    ]);
  });

  it("reads a pinned agent without waiting for the list, and never reads one twice", () => {
    const { reads, prefetch } = recorder();
    prefetch.add(def("a", id(7)));
    expect(reads).toEqual([id(7)]);
    prefetch.addSummaries([summary(7, "a")]);
    void prefetch.get(id(7));
    expect(reads).toEqual([id(7)]);
  });

  it("skips archived agents and names listed twice; the full list ends waiting", () => {
    const { reads, prefetch } = recorder();
    prefetch.addSummaries([summary(1, "a", true), summary(2, "b"), summary(3, "b")]);
    prefetch.add(def("a"));
    prefetch.add(def("b"));
    prefetch.add(def("c"));
    expect(reads).toEqual([]);
    prefetch.setSummaries([summary(1, "a", true), summary(2, "b"), summary(3, "b"), summary(4, "a")]);
    expect(reads).toEqual([id(4)]);
    // Not on the list at all: nothing to prefetch, and nothing left waiting.
    prefetch.addSummaries([summary(5, "c")]);
    expect(reads).toEqual([id(4)]);
  });
});

import { mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createEmulator } from "../../src/emulator/index.js";
import { KEY, setup } from "./helpers.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("faults, rate limit, latency, control, persistence, HTTP", () => {
  it("injects a status, drops a connection, and loses a response after handling", async () => {
    const { call, emu } = setup();
    emu.control.queueFault({ method: "POST", path: "/agent", fault: { status: 503, body: { status: false, errors: ["down"] } } });
    const r = await call("POST", "/agent", { name: "A" });
    expect([r.status, r.json.errors]).toEqual([503, ["down"]]);
    expect(emu.state.agents).toHaveLength(0);
    expect(r.headers.get("x-request-id")).toBeTruthy();

    emu.control.queueFault({ path: "/agent", times: 2, fault: { drop: true } });
    await expect(call("GET", "/agent")).rejects.toThrow(TypeError);
    await expect(call("GET", "/agent")).rejects.toThrow("fetch failed");
    expect((await call("GET", "/agent")).status).toBe(200);

    emu.control.queueFault({ method: "POST", path: /^\/agent$/, fault: { afterHandling: true, drop: true } });
    await expect(call("POST", "/agent", { name: "Lost response" })).rejects.toThrow("fetch failed");
    expect(emu.state.agents.map((a) => a.name)).toEqual(["Lost response"]);
    const logged = emu.requests.filter((q) => q.method === "POST");
    expect(logged.map((q) => q.status)).toEqual([503, 0]);
    expect(logged[1]).toMatchObject({ path: "/agent", body: { name: "Lost response" }, org: "org_local" });
    expect(JSON.stringify(emu.requests)).not.toContain(KEY);
  });

  it("delays a matching request", async () => {
    const { call, emu } = setup();
    emu.control.queueFault({ method: "GET", fault: { delayMs: 120 } });
    const started = performance.now();
    expect((await call("GET", "/agent")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });

  it("adds the configured latency to every response", async () => {
    const { call } = setup({ latencyMs: 80 });
    const started = performance.now();
    expect((await call("GET", "/agent")).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(70);
  });

  it("rate limits per key with 429 and an integer Retry-After", async () => {
    const { call, clock } = setup({ rps: 2 });
    expect((await call("GET", "/agent")).status).toBe(200);
    expect((await call("GET", "/agent")).status).toBe(200);
    const limited = await call("GET", "/agent");
    expect(limited.status).toBe(429);
    expect(limited.json).toEqual({ status: false, errors: ["Rate limit exceeded"] });
    expect(limited.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
    clock.t += 1001;
    expect((await call("GET", "/agent")).status).toBe(200);
  });

  it("seeds agents with legacy values and extra versions", async () => {
    const { call, emu } = setup();
    const id = emu.control.seedAgent({
      name: "Legacy",
      config: { singlePromptConfig: { prompt: "p" }, synthesizer: { voiceConfig: { model: "waves_lightning_large" } } },
      versions: [{ config: { firstMessage: "second" }, label: "v2", activate: true }, { config: { firstMessage: "third" } }],
    });
    const agent = (await call("GET", `/agent/${id}`)).json.data;
    expect(agent._resolvedConfig.synthesizer.voiceConfig.model).toBe("waves_lightning_large");
    expect(agent._resolvedConfig.firstMessage).toBe("second");
    expect((await call("GET", `/agent/${id}/versions`)).json.data.total).toBe(3);
  });

  it("persists across restarts atomically and refuses a corrupt state file", async () => {
    const dir = tempDir("atoms-emu-");
    const statePath = join(dir, "state.json");
    const first = setup({ statePath });
    const id = await first.createAgent({ firstMessage: "kept" });
    await first.emu.close();
    expect(readdirSync(dir)).toEqual(["state.json"]);
    const second = setup({ statePath });
    expect((await second.call("GET", `/agent/${id}`)).json.data._resolvedConfig.firstMessage).toBe("kept");
    await second.emu.close();
    writeFileSync(statePath, '{"formatVersion":1, "orgs": {');
    expect(() => createEmulator({ statePath })).toThrow(/corrupt/);
    expect(readFileSync(statePath, "utf8")).toBe('{"formatVersion":1, "orgs": {');
  });

  it("serves over HTTP on 127.0.0.1 port 0, including the control endpoint and dropped connections", async () => {
    const emu = createEmulator({ securityCheckMs: 0, controlEndpoint: true });
    const { url, port } = await emu.listen({ port: 0 });
    try {
      expect(url).toBe(`http://127.0.0.1:${port}/atoms/v1`);
      const auth = { authorization: `Bearer ${KEY}`, "content-type": "application/json" };
      const created = await fetch(`${url}/agent`, { method: "POST", headers: auth, body: JSON.stringify({ name: "Net" }) });
      expect(created.status).toBe(201);
      expect(created.headers.get("x-request-id")).toBeTruthy();
      const html = await fetch(`${url}/agent/${(await created.json()).data}`, { method: "DELETE", headers: auth });
      expect(html.status).toBe(404);
      expect(await html.text()).toContain("<pre>Cannot DELETE /atoms/v1/agent/");
      const origin = `http://127.0.0.1:${port}`;
      const q = await fetch(`${origin}/__emulator/faults`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ method: "GET", path: "/agent", fault: { drop: true } }),
      });
      expect(q.status).toBe(200);
      await expect(fetch(`${url}/agent`, { headers: auth })).rejects.toThrow();
      const huge = await fetch(`${url}/agent`, { method: "POST", headers: auth, body: "x".repeat(2 * 1024 * 1024) });
      expect(huge.status).toBe(413);
      const state = await (await fetch(`${origin}/__emulator/state`)).json();
      expect(Object.keys(state.data.orgs)).toContain("org_local");
    } finally {
      await emu.close();
    }
    const off = createEmulator();
    const r = await off.fetch(new Request("http://x/__emulator/state"));
    expect(r.status).toBe(404);
  });

  for (const model of ["versions", "branches"] as const) {
    it(`silently drops a field it was told to on every draft edit (${model})`, async () => {
      const { call, emu, createAgent } = setup({ model, securityCheckMs: 0 });
      const id = await createAgent({ firstMessage: "Hi" });
      emu.control.dropDraftField("firstMessage");
      let draftId: string;
      if (model === "versions") {
        const active = (await call("GET", `/agent/${id}`)).json.data.activeVersionId;
        draftId = (await call("POST", `/agent/${id}/drafts`, { sourceVersionId: active })).json.data.draftId;
        const edit = await call("PATCH", `/agent/${id}/drafts/${draftId}/config`, { firstMessage: "Hello", slmModel: "gpt-4o" });
        expect(edit.status).toBe(200);
      } else {
        const main = (await call("GET", `/agent/${id}/branches`)).json.data.branches[0].branch._id;
        const edit = await call("PUT", `/agent/${id}/branches/${main}/draft`, { firstMessage: "Hello", slmModel: "gpt-4o" });
        expect(edit.status).toBe(200);
        draftId = edit.json.data.draftId;
      }
      const stored = (await call("GET", `/agent/${id}?draftId=${draftId}`)).json.data._resolvedConfig;
      expect(stored.firstMessage).toBe("Hi");
      expect(stored.modelName ?? stored.slmModel).toBe("gpt-4o");
      // The request log keeps what the client sent.
      expect(emu.requests.at(-2)?.body).toMatchObject({ firstMessage: "Hello" });
      emu.control.clearFaults();
      expect(emu.state.data.droppedDraftFields).toEqual([]);
    });
  }

  it("defaults to the branches model (production's); a persisted v1 workspace opened with branches is migrated", () => {
    expect(createEmulator().state.model).toBe("branches");
    const dir = mkdtempSync(join(tmpdir(), "emu-model-"));
    try {
      const statePath = join(dir, "state.json");
      const v1 = createEmulator({ model: "versions", statePath });
      const id = v1.control.seedAgent({ name: "kept", config: { singlePromptConfig: { prompt: "Hi." } } });
      const version = v1.state.activeVersion(id)!.doc._id;
      return v1.close().then(async () => {
        const v2 = createEmulator({ model: "branches", statePath });
        expect(v2.state.model).toBe("branches");
        const agent = v2.state.agent(id)!;
        expect(agent.branches.map((b) => [b.name, b.headRevisionId])).toEqual([["Main", version]]);
        await v2.close();
      }).finally(() => rmSync(dir, { recursive: true, force: true }));
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
  });
});

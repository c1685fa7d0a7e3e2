import { createEmulator, type Emulator, type EmulatorOptions } from "../../src/emulator/index.js";

export const KEY = "sk_emulator_local";

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

/** An in-process emulator with a fake clock and a tiny client over `emulator.fetch`. */
export function setup(options: EmulatorOptions = {}) {
  const clock = { t: Date.UTC(2026, 7, 1) };
  const emu: Emulator = createEmulator({ now: () => clock.t, model: "versions", ...options });
  async function call(
    method: string,
    path: string,
    body?: unknown,
    init: { key?: string | null; contentType?: string; raw?: string } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (init.key !== null) headers.authorization = `Bearer ${init.key ?? KEY}`;
    const payload = init.raw ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers["content-type"] = init.contentType ?? "application/json";
    const res = await emu.fetch(new Request(`http://emulator.test/atoms/v1${path}`, { method, headers, body: payload }));
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json };
  }
  async function createAgent(body: Record<string, unknown> = {}): Promise<string> {
    const r = await call("POST", "/agent", { name: "Support", singlePromptConfig: { prompt: "You help." }, ...body });
    if (r.status !== 201) throw new Error(`create failed: ${r.text}`);
    return r.json.data as string;
  }
  return { emu, clock, call, createAgent };
}

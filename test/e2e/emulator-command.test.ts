import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cliArgs } from "../helpers/spawned-cli.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** `atoms-gitops emulator` as a user runs it: one line with its URL, serves the API, stops cleanly on SIGTERM. */
describe("atoms-gitops emulator (child process)", () => {
  it("prints its base URL, serves the API on 127.0.0.1 and exits 0 on SIGTERM", async () => {
    const child = spawn(process.execPath, cliArgs(["emulator", "--port", "0", "--security-check-ms", "0"]), {
      cwd: ROOT,
      env: { PATH: process.env.PATH },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const url = await new Promise<string>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`no URL line: ${out}`)), 20_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/atoms\/v1)/.exec(out);
        if (m) {
          clearTimeout(timer);
          res(m[1]!);
        }
      });
    });
    expect(out.trim().split("\n")).toHaveLength(1);
    const unauthorized = await fetch(`${url}/agent`);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.headers.get("x-request-id")).toBeTruthy();
    const created = await fetch(`${url}/agent`, {
      method: "POST",
      headers: { authorization: "Bearer sk_emulator_local", "content-type": "application/json" },
      body: JSON.stringify({ name: "e2e-agent" }),
    });
    expect(created.status).toBe(201);
    const code = await new Promise<number | null>((res) => {
      child.on("exit", (c) => res(c));
      child.kill("SIGTERM");
    });
    expect(code).toBe(0);
  });
});

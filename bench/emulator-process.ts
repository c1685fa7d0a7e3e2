import { spawn, type ChildProcess } from "node:child_process";

/**
 * Starts `atoms-gitops emulator` in a process of its own, so its work does not share the measured client's event
 * loop, and resolves with its base URL once it prints it. `command` is how to run the CLI: the built bin, or
 * `--import tsx src/cli/run.ts` from source.
 */
export async function startEmulatorProcess(command: string[], flags: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [...command, "emulator", "--port", "0", ...flags], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { url, child };
}

import { Option } from "commander";
import { UserInputError, type VersionInfo } from "../../index.js";
import { agentHistory, findAgent } from "../../index.js";
import { addConnectionOptions, addDefinitionOptions, clientFor, loadForCommand, type CommonOptions } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";
import { ExitCode } from "../../index.js";

interface VersionsOptions extends CommonOptions {
  format: "text" | "json";
  limit: number;
}

export const registerVersions: RegisterCommand = (program, io) => {
  const cmd = program
    .command("versions")
    .argument("<name>", "agent: its definition's metadata.name (pinned id honoured), exact remote name, or 24-hex id")
    .description("Show an agent's version history: number, id, label, active, pinned, security check, published by/at. Reads only.");
  addDefinitionOptions(cmd);
  cmd
    .addOption(new Option("-f, --format <format>", "text table or json").choices(["text", "json"]).default("text"))
    .option("-n, --limit <n>", "newest N versions (0 = all)", parseLimit, 20);
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops versions support-bot
  $ atoms-gitops versions support-bot --env prod --format json | jq '.versions[0]'
  $ atoms-gitops versions 66a1f0c2e4b0a1b2c3d4e5f6 --limit 0

Versions labelled "atoms-gitops <sha>" were published by this tool from that commit. Use a number, id or label
with \`atoms-gitops rollback NAME --to …\`.`,
  );
  cmd.action(returningExitCode(async (name: string, opts: VersionsOptions) => {
    const load = await loadForCommand(io, opts);
    const client = clientFor(io, opts, load);
    const summary = await findAgent(client, name, load.definitions);
    const history = await agentHistory(client, summary.id);
    const shown = opts.limit > 0 ? history.versions.slice(0, opts.limit) : history.versions;
    if (opts.format === "json") {
      io.stdout.write(`${JSON.stringify({ agent: { id: history.agent.id, name: history.agent.name, activeVersionId: history.agent.activeVersionId }, versions: shown }, null, 2)}\n`);
      return ExitCode.ok;
    }
    io.stdout.write(`${history.agent.name} (${history.agent.id}): ${history.versions.length} version${history.versions.length === 1 ? "" : "s"}\n\n`);
    io.stdout.write(table(shown));
    if (shown.length < history.versions.length) io.stdout.write(`\n(${history.versions.length - shown.length} older versions not shown; --limit 0 shows all)\n`);
    return ExitCode.ok;
  }));
};

function table(versions: VersionInfo[]): string {
  const header = ["#", "ID", "LABEL", "ACTIVE", "PINNED", "CHECK", "PUBLISHED BY", "PUBLISHED AT"];
  const rows = versions.map((v) => [
    v.number === null ? "-" : String(v.number),
    v.id,
    truncate(v.label ?? "", 40),
    v.isActive ? "✓" : "",
    v.isPinned ? "pinned" : "",
    v.securityCheck ? `${v.securityCheck.status}${v.securityCheck.reason ? ` (${truncate(v.securityCheck.reason, 30)})` : ""}` : "-",
    v.publishedBy ?? "-",
    v.publishedAt ?? "-",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(header), ...rows.map(line)].join("\n") + "\n";
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UserInputError(`--limit must be a whole number ≥ 0, got "${value}"`);
  return n;
}

function truncate(s: string, max: number): string {
  const one = s.replace(/\s+/g, " ");
  return one.length <= max ? one : `${one.slice(0, max - 1)}…`;
}

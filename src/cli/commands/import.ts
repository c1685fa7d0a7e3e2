import { resolve } from "node:path";
import { ExitCode } from "../../index.js";
import { importAgents } from "../../index.js";
import { addConnectionOptions, addDefinitionOptions, clientFor, collect, loadForCommand, type CommonOptions } from "../shared.js";
import type { RegisterCommand } from "./register.js";
import { returningExitCode } from "./exit-code.js";

interface ImportOptions extends CommonOptions {
  agent?: string[];
  all?: boolean;
  promptFiles?: boolean;
  force?: boolean;
}

export const registerImport: RegisterCommand = (program, io) => {
  const cmd = program
    .command("import")
    .description(
      "Write one definition per existing agent from its active config: only fields that differ from a fresh agent, metadata.id pinned. Reads only (GET requests).",
    );
  addDefinitionOptions(cmd);
  cmd
    .option("-a, --agent <name|id>", "import this agent, by exact name or 24-hex id (repeatable, or comma-separated)", collect)
    .option("--all", "import every agent of the workspace (archived ones excluded)")
    .option("--prompt-files", "write each prompt to <dir>/prompts/<file>.md and reference it with `prompt: {file: …}`")
    .option("--force", "overwrite existing files (an agent already defined in <dir> is rewritten in place)");
  addConnectionOptions(cmd);
  cmd.addHelpText(
    "after",
    `
Examples:
  $ atoms-gitops import --all                         # move the whole workspace into git
  $ atoms-gitops import --agent "Support Bot" --prompt-files
  $ atoms-gitops import --agent 66a1f0c2e4b0a1b2c3d4e5f6 --force   # refresh a definition from the live agent
  $ atoms-gitops import --all --env staging --dir agents

Knowledge bases and webhooks are written too (knowledge-bases/, webhooks/), and agents reference them by name. The
API has no PDF download: import lists each PDF to put in place. Webhook header values are never written.

Right after an import (and the listed PDFs provided), \`atoms-gitops validate\` passes and \`atoms-gitops plan\` shows no changes.
Existing files are skipped unless --force. Exit codes: 0 success, 1 an agent was unknown or could not be imported, 3 authentication.`,
  );
  cmd.action(returningExitCode(async (opts: ImportOptions) => {
    const load = await loadForCommand(io, opts);
    const client = clientFor(io, opts, load);
    const result = await importAgents({
      api: client,
      dir: resolve(io.cwd, opts.dir),
      cwd: io.cwd,
      agents: opts.agent,
      all: opts.all,
      promptFiles: opts.promptFiles,
      force: opts.force,
      existing: load.definitions,
      resources: { knowledgeBases: client.knowledgeBases, webhooks: client.webhooks },
      existingKnowledgeBases: load.knowledgeBases,
      existingWebhooks: load.webhooks,
    });
    for (const w of result.written) {
      const prompt = w.promptFile ? `, prompt in ${w.promptFile}` : "";
      io.stdout.write(`${w.overwritten ? "overwrote" : "wrote"} ${w.file} (pinned ${w.id}, ${w.fields} field${w.fields === 1 ? "" : "s"}${prompt})\n`);
      for (const u of w.unmanaged) io.stderr.write(`note: ${w.file}: ${u.path} left out, unmanaged: ${u.reason}\n`);
      if (w.secretLikePaths.length > 0) {
        io.stderr.write(
          `warning: ${w.file} holds header values that may be credentials (${w.secretLikePaths.join(", ")}); replace them with \${env.NAME} before committing\n`,
        );
      }
    }
    for (const r of result.resources) {
      const what = r.kind === "KnowledgeBase" ? "knowledge base" : "webhook";
      io.stdout.write(`${r.overwritten ? "overwrote" : "wrote"} ${r.file} (${what} ${r.id})\n`);
      for (const f of r.filesToProvide) {
        const size = f.size === undefined ? "" : `, ${f.size} bytes`;
        io.stdout.write(`  provide ${f.path}: the API has no download; put the PDF stored as ${f.storedAs} there (sha256 starting ${f.digest}${size}), or the next plan replaces it\n`);
      }
      for (const l of r.leftAlone) io.stderr.write(`note: ${r.file}: ${l.what} left alone: ${l.reason}\n`);
      if (r.headerPlaceholders.length > 0)
        io.stderr.write(`note: ${r.file}: header values are write-only and never imported; set ${r.headerPlaceholders.map((h) => h.replace(/^.*\$\{env\.(.*)\}$/, "$1")).join(", ")} in the environment\n`);
      else if (r.headersUnknown)
        io.stderr.write(`note: ${r.file}: custom headers are write-only, so the import cannot tell whether it has any; to manage them, add headers: {NAME: \${env.NAME}}\n`);
    }
    const toProvide = result.resources.reduce((n, r) => n + r.filesToProvide.length, 0);
    if (toProvide > 0) io.stdout.write(`${toProvide} PDF file${toProvide === 1 ? "" : "s"} to provide before plan (listed above).\n`);
    for (const s of result.skipped) io.stdout.write(`skipped ${s.name}: ${s.reason}\n`);
    for (const e of result.errors) io.stderr.write(`error: ${e}\n`);
    const n = result.written.length;
    io.stdout.write(
      `\nImported ${n} agent${n === 1 ? "" : "s"}${result.skipped.length ? `, skipped ${result.skipped.length}` : ""}${result.errors.length ? `, ${result.errors.length} failed` : ""}.` +
        (n > 0 ? ` Next: atoms-gitops validate && atoms-gitops plan (expect no changes), then commit ${opts.dir}/.\n` : "\n"),
    );
    return result.errors.length > 0 ? ExitCode.error : ExitCode.ok;
  }));
};

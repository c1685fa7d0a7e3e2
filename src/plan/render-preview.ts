import type { PreviewRecord } from "../model/preview.js";
import type { ApiModelName } from "../model/versioning.js";

/** The per-agent verdicts a preview reports (the shape of `PreviewOutcome`, restated here: plan/ imports no engine). */
export type PreviewVerdict =
  | { name: string; status: "confirmed"; record: PreviewRecord; reused: boolean; notes: string[] }
  | { name: string; status: "disagrees"; problems: string[]; notes: string[] }
  | { name: string; status: "not-previewed"; reason: string }
  | { name: string; status: "failed"; error: string; notes: string[] }
  | { name: string; status: "stopped"; notes: string[] };

export interface PreviewSummaryInput {
  name: string;
  model: ApiModelName;
  agents: PreviewVerdict[];
}

const where = (model: ApiModelName, r: PreviewRecord) =>
  model === "branches" ? `revision ${r.versionId} on branch ${r.name}` : `inactive version ${r.versionId}`;

/** One line per agent: what the platform confirmed, or exactly where it disagrees. */
export function previewLines(input: PreviewSummaryInput): string[] {
  return input.agents.map((a) => {
    const line = verdictLine(input.model, a);
    const notes = "notes" in a ? a.notes : [];
    return notes.length > 0 ? `${line}\n${notes.map((n) => `    · ${n}`).join("\n")}` : line;
  });
}

function verdictLine(model: ApiModelName, a: PreviewVerdict): string {
  const input = { model };
  {
    switch (a.status) {
      case "confirmed":
        return `✓ ${a.name}: stored as planned, security check passed (${where(input.model, a.record)}, from live ${a.record.fromVersionId})${a.reused ? "; unchanged since the last preview, nothing published" : ""}`;
      case "disagrees":
        return `✗ ${a.name}: the platform disagrees:\n${a.problems.map((p) => `    - ${p}`).join("\n")}`;
      case "not-previewed":
        return `· ${a.name}: ${a.reason}`;
      case "failed":
        return `✗ ${a.name}: preview failed: ${a.error}`;
      case "stopped":
        return `· ${a.name}: not previewed: interrupted (nothing left open, live untouched)`;
    }
  }
}

export function renderPreviewText(input: PreviewSummaryInput): string {
  const lines = previewLines(input);
  const head = `Preview "${input.name}" (${input.model === "branches" ? "branches: a non-live branch per agent" : "drafts/versions: an inactive version per agent"}), verified by the platform:`;
  if (lines.length === 0) return `${head}\n  nothing to preview: no changes.\n`;
  return `${head}\n${lines.map((l) => `  ${l}`).join("\n")}\n`;
}

export function renderPreviewMarkdown(input: PreviewSummaryInput): string {
  const rows = previewLines(input).map((l) => `- ${l.replace(/\n {4}([-·]) /g, "\n  - ")}`);
  return `#### Verified by the platform (preview \`${input.name}\`, ${input.model})\n\n${rows.length ? rows.join("\n") : "Nothing to preview: no changes."}\n`;
}

/**
 * A problem with user input (a definition file, the project file, a saved plan).
 * Collected and all shown, never thrown one at a time: an author fixes every mistake in one pass.
 */
export type Severity = "error" | "warning";

export interface Diagnostic {
  severity: Severity;
  /** Stable machine code, e.g. `schema/enum`, `yaml/duplicate-key`, `ref/missing-file`. */
  code: string;
  message: string;
  /** Path of the file as the user named it (relative to the working directory when possible). */
  file?: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
  /** JSON Pointer into the document, e.g. `/spec/synthesizer/speed`. */
  path?: string;
  /** e.g. `did you mean "gpt-4o"?` */
  hint?: string;
  /** The agent a policy violation is about (its `metadata.name`): reviews list violations per agent. */
  agent?: string;
}

/** `agents/support.yaml:12:5 error schema/enum: message (hint)` — the one line format every command uses. */
export function formatDiagnostic(d: Diagnostic): string {
  const loc = d.file ? `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ""} ` : "";
  const hint = d.hint ? ` (${d.hint})` : "";
  return `${loc}${d.severity} ${d.code}: ${d.message}${hint}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

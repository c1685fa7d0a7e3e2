import type { Diagnostic } from "../model/diagnostic.js";

/**
 * GitHub workflow commands (`::error file=…,line=…::message`) for diagnostics, one per line, so each problem
 * shows up on the offending line of the pull request's "Files changed" tab.
 */
export function githubAnnotations(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(githubAnnotation).map((line) => `${line}\n`).join("");
}

export function githubAnnotation(d: Diagnostic): string {
  const command = d.severity === "error" ? "error" : "warning";
  const props: string[] = [];
  if (d.file) {
    props.push(`file=${escapeProperty(d.file)}`);
    if (d.line) {
      props.push(`line=${d.line}`);
      props.push(`col=${d.column ?? 1}`);
    }
  }
  props.push(`title=${escapeProperty(d.code)}`);
  const at = d.path && !d.file ? ` (at ${d.path})` : "";
  const hint = d.hint ? ` (${d.hint})` : "";
  return `::${command} ${props.join(",")}::${escapeData(`${d.message}${at}${hint}`)}`;
}

/** Message text: GitHub decodes `%25`, `%0D`, `%0A`; anything else would end or corrupt the command. */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally may not contain `:` (ends the properties) or `,` (separates them). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

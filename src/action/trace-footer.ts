/**
 * The line that makes a comment traceable: which commit of the pull request it describes and which plan. The
 * digest is the plan file's `source.configDigest`, the value a saved-plan apply recomputes from the definitions and
 * compares before it writes anything, so a reviewer can match the comment to the deploy that applies it.
 */
export function traceFooter(input: { headSha?: string; planDigest?: string; commitIs?: string }): string {
  const parts: string[] = [];
  if (input.headSha) parts.push(`${input.commitIs ?? "pull request head"} \`${input.headSha.slice(0, 12)}\``);
  // Whole, not shortened: it is compared with the digest the deploy prints.
  if (input.planDigest) parts.push(`plan digest \`${input.planDigest}\``);
  return parts.length > 0 ? `<sub>${parts.join(" · ")}</sub>` : "";
}

/** Room the footer takes; the comment body is rendered this much under GitHub's limit. */
export const TRACE_FOOTER_RESERVE = 200;

export function withTraceFooter(body: string, footer: string): string {
  if (!footer) return body;
  return `${body.replace(/\n*$/, "")}\n${footer}\n`;
}

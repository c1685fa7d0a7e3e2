/**
 * On a pull request from a fork GitHub gives the run no secrets, so `${env.NAME}` references to secrets cannot
 * resolve and there is no API key: a plan is impossible. Validation still runs offline; its "not set" errors for
 * environment variables are expected there and are reported as such, not as problems of the pull request.
 */
interface DiagnosticLike {
  severity?: string;
  code?: string;
  message?: string;
  file?: string;
  line?: number;
}

export interface ForkValidation {
  /** Problems of the definitions themselves: these fail the job even on a fork. */
  errors: DiagnosticLike[];
  /** Variables the definitions read that a fork's run does not have. */
  unavailable: string[];
}

const MISSING_ENV = "interp/missing-env";

export function judgeForkValidation(validateJson: unknown): ForkValidation {
  const list = (validateJson as { diagnostics?: unknown } | null)?.diagnostics;
  if (!Array.isArray(list)) throw new Error("the validate output has no diagnostics list");
  const errors: DiagnosticLike[] = [];
  const unavailable = new Set<string>();
  for (const d of list as DiagnosticLike[]) {
    if (d.code === MISSING_ENV) {
      const name = /environment variable (\S+) is not set/.exec(d.message ?? "")?.[1];
      if (name) unavailable.add(name);
    } else if (d.severity === "error") errors.push(d);
  }
  return { errors, unavailable: [...unavailable].sort() };
}

export function forkSummary(result: ForkValidation, environment: string | undefined, command: "plan" | "preview" = "plan"): string {
  const env = environment || "default";
  const lines = [`## atoms-gitops ${command} (${env}): not run for a pull request from a fork`, ""];
  lines.push(
    command === "preview"
      ? "GitHub gives workflow runs of pull requests from forks no secrets: there is no API key to read the live agents " +
          "with or to let the platform store and check the change, so no preview was made (and none will be promoted on merge). " +
          "The definitions were validated offline instead."
      : "GitHub gives workflow runs of pull requests from forks no secrets: there is no API key to read the live agents with, " +
          "so no plan was made. The definitions were validated offline instead.",
    "",
  );
  if (result.errors.length > 0) {
    lines.push(`**${result.errors.length} error${result.errors.length === 1 ? "" : "s"}** in the definitions (annotated on the files):`, "");
    for (const d of result.errors.slice(0, 20)) lines.push(`- \`${[d.file, d.line].filter(Boolean).join(":")}\` ${d.message ?? d.code ?? ""}`);
    if (result.errors.length > 20) lines.push(`- … ${result.errors.length - 20} more in the log of the validate step`);
    lines.push("");
  } else {
    lines.push("✅ The definitions are valid.", "");
  }
  if (result.unavailable.length > 0) {
    lines.push(`Not checked, because the run has no secrets: the values of ${result.unavailable.map((n) => `\`${n}\``).join(", ")}.`, "");
  }
  lines.push(`A maintainer can ${command} this change by pushing it to a branch of this repository.`, "");
  return lines.join("\n");
}

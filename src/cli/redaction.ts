import { createRedactor, type Redactor } from "../redact.js";
import type { CliIo } from "./io.js";

// One redactor per run: the command that learns the run's secrets (when it builds its API client) registers it, and
// the error boundary and the journal writer use that same one.
const byRun = new WeakMap<CliIo, Redactor>();
const NONE = createRedactor([]);

export function setRunRedactor(io: CliIo, redactor: Redactor): void {
  byRun.set(io, redactor);
}

export function runRedactor(io: CliIo): Redactor {
  return byRun.get(io) ?? NONE;
}

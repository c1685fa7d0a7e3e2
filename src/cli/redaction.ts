import { createRedactor, type Redactor } from "../index.js";
import type { CliIo } from "./io.js";

// One redactor per run: the command that learns the run's secrets (when it builds its API client) registers it, and
// the error boundary and the journal writer use that same one.
const byRun = new WeakMap<CliIo, Redactor>();
// The name of the variable the run's API key came from: a refused key must say which variable to fix.
const keyVariables = new WeakMap<CliIo, string>();
const NONE = createRedactor([]);

export function setRunRedactor(io: CliIo, redactor: Redactor): void {
  byRun.set(io, redactor);
}

export function runRedactor(io: CliIo): Redactor {
  return byRun.get(io) ?? NONE;
}

export function setKeyVariable(io: CliIo, name: string): void {
  keyVariables.set(io, name);
}

export function keyVariable(io: CliIo): string | undefined {
  return keyVariables.get(io);
}

import type { ApplyHooks, StepEvent, StepName } from "./types.js";

/** Raised inside an agent's flow: ends that agent (not the run) with a located, readable reason. */
export class AgentStepError extends Error {
  constructor(
    readonly step: StepName | "precondition",
    message: string,
    readonly code?: string,
    /** For `stale_plan`: what moved, without the advice around it (a saved-plan check reports many at once). */
    readonly detail?: string,
  ) {
    super(message);
    this.name = "AgentStepError";
  }
}

/** Runs one step, timing it and reporting start/done/failed through the hooks. */
export function stepRunner(agent: string, hooks: ApplyHooks | undefined, now: () => number) {
  return async function step<T>(
    name: StepName,
    ids: StepEvent["ids"],
    fn: () => Promise<T>,
    describe?: (value: T) => Partial<Pick<StepEvent, "ids" | "detail">>,
  ): Promise<T> {
    const started = now();
    hooks?.onStep?.({ agent, step: name, phase: "start", ids });
    try {
      const value = await fn();
      const extra = describe?.(value) ?? {};
      hooks?.onStep?.({ agent, step: name, phase: "done", ids: { ...ids, ...extra.ids }, detail: extra.detail, durationMs: now() - started });
      return value;
    } catch (err) {
      hooks?.onStep?.({ agent, step: name, phase: "failed", ids, detail: errorMessage(err), durationMs: now() - started });
      if (err instanceof AgentStepError) throw err;
      throw new AgentStepError(name, errorMessage(err), errorCode(err));
    }
  };
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function errorCode(err: unknown): string | undefined {
  if (err && typeof err === "object" && "status" in err && typeof (err as { status: unknown }).status === "number") {
    const e = err as { status: number; errorType?: string };
    return e.errorType ?? `http_${e.status}`;
  }
  return undefined;
}

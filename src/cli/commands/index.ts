import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { registerApply } from "./apply.js";
import { registerCiAnnotations, registerCiComment } from "./ci-comment.js";
import { registerCiSummary } from "./ci-summary.js";
import { registerDemo } from "./demo.js";
import { registerDrift } from "./drift.js";
import { registerEmulator } from "./emulator.js";
import { registerImport } from "./import.js";
import { registerPlan } from "./plan.js";
import { registerPreview } from "./preview.js";
import { registerRollback } from "./rollback.js";
import { registerShow } from "./show.js";
import { registerValidate } from "./validate.js";
import { registerVersions } from "./versions.js";

/** Each command lives in its own module and registers itself on the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

export const commands: RegisterCommand[] = [
  registerValidate,
  registerPlan,
  registerPreview,
  registerApply,
  registerShow,
  registerDrift,
  registerImport,
  registerVersions,
  registerRollback,
  registerDemo,
  registerEmulator,
  registerCiComment,
  registerCiAnnotations,
  registerCiSummary,
];

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

import type { RegisterCommand } from "./register.js";

export type { CliRunner, RegisterCommand } from "./register.js";

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

import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { registerApply } from "./apply.js";
import { registerDemo } from "./demo.js";
import { registerEmulator } from "./emulator.js";
import { registerPlan } from "./plan.js";
import { registerValidate } from "./validate.js";

/** Each command lives in its own module and registers itself on the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

export const commands: RegisterCommand[] = [registerValidate, registerPlan, registerApply, registerDemo, registerEmulator];

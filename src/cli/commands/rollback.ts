import type { RegisterCommand } from "./index.js";

/** `atoms-gitops rollback`: being implemented. */
export const registerRollback: RegisterCommand = () => {};

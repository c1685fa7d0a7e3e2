import type { RegisterCommand } from "./index.js";

/** `atoms-gitops import`: being implemented. */
export const registerImport: RegisterCommand = () => {};

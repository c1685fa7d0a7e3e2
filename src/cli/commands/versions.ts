import type { RegisterCommand } from "./index.js";

/** `atoms-gitops versions`: being implemented. */
export const registerVersions: RegisterCommand = () => {};

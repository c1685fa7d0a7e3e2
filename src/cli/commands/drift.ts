import type { RegisterCommand } from "./index.js";

/** `atoms-gitops drift`: being implemented. */
export const registerDrift: RegisterCommand = () => {};

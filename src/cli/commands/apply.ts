import type { RegisterCommand } from "./index.js";

/** `atoms-gitops apply`: registered here; implemented in its own module. */
export const registerApply: RegisterCommand = () => {};

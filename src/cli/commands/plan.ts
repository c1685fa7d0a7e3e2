import type { RegisterCommand } from "./index.js";

/** `atoms-gitops plan`: registered here; implemented in its own module. */
export const registerPlan: RegisterCommand = () => {};

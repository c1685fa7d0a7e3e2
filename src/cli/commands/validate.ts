import type { RegisterCommand } from "./index.js";

/** `atoms-gitops validate`: registered here; implemented in its own module. */
export const registerValidate: RegisterCommand = () => {};

import type { RegisterCommand } from "./index.js";

/** `atoms-gitops emulator`: registered here; implemented in its own module. */
export const registerEmulator: RegisterCommand = () => {};

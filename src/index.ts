// Public library API: re-exports only.
export * from "./model/index.js";
export * from "./errors.js";
export { main } from "./cli/main.js";

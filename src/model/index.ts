export * from "./json.js";
export * from "./diagnostic.js";
export * from "./definition.js";
export * from "./observed.js";
export * from "./plan.js";
export * from "./versioning.js";
export * from "./preview.js";
export * from "./knowledge.js";

// Files -> validated, normalized definitions. The only module that reads definition files, YAML and the schema.
export { loadDefinitions } from "./load-definitions.js";
export type { LoadOptions } from "./load-definitions.js";
export { loadProject } from "./project.js";
export type { LoadedProject } from "./project.js";
export { schemaValidator } from "./schema.js";
export { findRepositoryRoot, findDefinitionFiles, displayFile, PROJECT_FILE } from "./files.js";
export { interpolateString } from "./interpolate.js";
export type { InterpolationContext, InterpolationResult } from "./interpolate.js";
export { closestMatch, didYouMean } from "./suggest.js";
export { MAX_FILE_BYTES } from "./source-text.js";
export { kbFileDigest } from "./resource-file.js";

// Bundles the compiled CLI (dist/cli/main.js) and its dependencies into one file, dist/cli/atoms-gitops.js, which
// bin/atoms-gitops.js runs. Why: a cold `atoms-gitops plan` spent ~110 ms resolving and compiling ~200 small ES
// modules before its first request; one file takes ~50 ms (bench/plan.ts). The library entry (dist/index.js) stays
// unbundled for importers. ajv is left out: it is loaded only when a saved plan is read.
import { build } from "esbuild";

await build({
  entryPoints: ["dist/cli/main.js"],
  outfile: "dist/cli/atoms-gitops.js",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  external: ["ajv", "ajv-formats"],
  // CommonJS dependencies (commander) call require() for Node's built-ins, which ESM output has no binding for.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Less to parse at every start (as for the Action's bundle); names stay as written, so a stack trace still reads.
  minifyWhitespace: true,
  logLevel: "warning",
});

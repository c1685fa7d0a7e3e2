#!/usr/bin/env node
// Thin launcher: the CLI is compiled and bundled into dist/ by `npm run build` (run on install by the `prepare` script).
import { main } from "../dist/cli/atoms-gitops.js";

main(process.argv).then((code) => {
  process.exitCode = code;
});

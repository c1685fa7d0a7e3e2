import { runAction } from "./main.js";

// Bundled into action-bundle/action.js; each step of action.yml runs `node "$GITHUB_ACTION_PATH/action-bundle/action.js" STEP`.
runAction(process.argv[2] ?? "", { env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // An error message only: never a stack with request bodies in it.
    process.stdout.write(`::error title=atoms-gitops::${(err instanceof Error ? err.message : String(err)).replace(/[\r\n]/g, " ")}\n`);
    process.exitCode = 1;
  },
);

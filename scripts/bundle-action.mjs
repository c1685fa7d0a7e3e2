// Builds the files the GitHub Action runs, committed under action-bundle/ so the Action needs no `npm ci` and no
// Node set-up of its own: the CLI with every dependency inside (ajv included, unlike dist/cli/atoms-gitops.js),
// its definition-loading worker, and the Action's own steps (src/action/). Paths keep the layout the code expects:
// the worker at ../load/ from the CLI, the JSON schemas at ../../schemas/ (the repository's schemas/ folder).
//
//   node scripts/bundle-action.mjs           rebuild action-bundle/
//   node scripts/bundle-action.mjs --check   exit 1 when the committed action-bundle/ is not what the sources build
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");
export const BUNDLE_DIR = join(ROOT, "action-bundle");

// The generated validator binds its own `require` (createRequire) for ajv's runtime helpers, which hides them from
// the bundler; dropping that binding lets them be bundled like any other dependency.
const inlineAjvRuntime = {
  name: "inline-ajv-runtime",
  setup(b) {
    b.onLoad({ filter: /agent-validator\.generated\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/^import \{ createRequire \} from "node:module";\nconst require = createRequire\(import\.meta\.url\);\n/m, ""),
      loader: "ts",
    }));
  },
};

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // CommonJS dependencies call require() for Node's built-ins, which ESM output has no binding for.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: "none",
  // Every step of the Action starts a node process on one of these files, and parsing the CLI's 1.8 MB is most of
  // what that costs beyond Node's own start: whitespace alone makes it 1.3 MB and each start ~25 ms faster (223 to
  // 199 ms for --version, measured). Names stay as written, so a stack trace still reads.
  minifyWhitespace: true,
  logLevel: "warning",
  plugins: [inlineAjvRuntime],
};

export async function buildActionBundle(outDir) {
  await build({
    ...common,
    stdin: {
      contents: 'import { main } from "./src/cli/main.ts";\nmain(process.argv).then((code) => { process.exitCode = code; });\n',
      resolveDir: ROOT,
      sourcefile: "action-cli-entry.ts",
      loader: "ts",
    },
    outfile: join(outDir, "cli/atoms-gitops.js"),
  });
  await build({ ...common, entryPoints: [join(ROOT, "src/load/load-worker.ts")], outfile: join(outDir, "load/load-worker.js") });
  await build({ ...common, entryPoints: [join(ROOT, "src/action/entry.ts")], outfile: join(outDir, "action.js") });
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((f) => relative(dir, f))
    .sort();
}

/** The files that differ between the committed bundle and a fresh build (empty: up to date). */
export async function staleBundleFiles() {
  const fresh = mkdtempSync(join(tmpdir(), "atoms-action-bundle-"));
  try {
    await buildActionBundle(fresh);
    const names = [...new Set([...files(fresh), ...files(BUNDLE_DIR)])].sort();
    return names.filter((n) => {
      try {
        return !readFileSync(join(fresh, n)).equals(readFileSync(join(BUNDLE_DIR, n)));
      } catch {
        return true;
      }
    });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes("--check")) {
    const stale = await staleBundleFiles();
    if (stale.length > 0) {
      console.error(`action-bundle/ is out of date (${stale.join(", ")}): run node scripts/bundle-action.mjs and commit it`);
      process.exit(1);
    }
  } else {
    rmSync(BUNDLE_DIR, { recursive: true, force: true });
    await buildActionBundle(BUNDLE_DIR);
  }
}

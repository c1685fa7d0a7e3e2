// package.json is the one place the version is written. The bundles (scripts/bundle-*.mjs) inline the field; the
// compiled library and runs from source read it from the package root, one level above this file. Import attributes
// are why the library needs Node 20.10.
import packageJson from "../package.json" with { type: "json" };

export const TOOL_NAME = "atoms-gitops";
export const VERSION: string = packageJson.version;

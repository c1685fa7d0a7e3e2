export const TOOL_NAME = "atoms-gitops";
export const VERSION = "0.1.0";

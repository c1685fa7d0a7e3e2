import { UserInputError } from "../errors.js";

export const DEFAULT_BASE_URL = "https://api.smallest.ai/atoms/v1";

function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || host === "::1") return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Validates a base URL: https anywhere, http only to loopback (the key travels in a header, so plain
 * http to another host would leak it). Returns the URL without trailing slashes.
 */
export function validateBaseUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new UserInputError(`Invalid base URL "${trimmed}": not an absolute URL (expected e.g. ${DEFAULT_BASE_URL}).`);
  }
  if (url.username || url.password) {
    throw new UserInputError("Invalid base URL: it must not contain credentials; set the API key in ATOMS_API_KEY instead.");
  }
  if (url.search || url.hash) {
    throw new UserInputError(`Invalid base URL "${url.origin}${url.pathname}...": it must not contain a query or fragment.`);
  }
  if (url.protocol === "http:") {
    if (!isLoopbackHost(url.hostname)) {
      throw new UserInputError(
        `Refusing plain http:// to ${url.hostname}: the API key would travel unencrypted. Use https://, or http:// only to a loopback address (127.0.0.1, ::1, localhost).`,
      );
    }
  } else if (url.protocol !== "https:") {
    throw new UserInputError(`Invalid base URL: unsupported scheme "${url.protocol}" (use https://).`);
  }
  return trimmed.replace(/\/+$/, "");
}

function nonEmpty(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v ? v : undefined;
}

/**
 * Base URL from the flag, then ATOMS_BASE_URL, then the production default; key from an explicit env var
 * name (project file), else ATOMS_API_KEY, else SMALLEST_API_KEY.
 */
export function resolveConnection(input: {
  baseUrl?: string;
  apiKeyEnv?: string;
  env: Record<string, string | undefined>;
}): { baseUrl: string; apiKey: string } {
  const baseUrl = validateBaseUrl(nonEmpty(input.baseUrl) ?? nonEmpty(input.env.ATOMS_BASE_URL) ?? DEFAULT_BASE_URL);
  if (input.apiKeyEnv) {
    const apiKey = nonEmpty(input.env[input.apiKeyEnv]);
    if (!apiKey) {
      throw new UserInputError(`No API key: the project file names the environment variable ${input.apiKeyEnv}, but it is not set.`);
    }
    return { baseUrl, apiKey };
  }
  const apiKey = nonEmpty(input.env.ATOMS_API_KEY) ?? nonEmpty(input.env.SMALLEST_API_KEY);
  if (!apiKey) {
    throw new UserInputError("No API key: set ATOMS_API_KEY (or SMALLEST_API_KEY) to a Smallest.ai API key.");
  }
  return { baseUrl, apiKey };
}

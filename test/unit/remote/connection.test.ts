import { describe, expect, it } from "vitest";
import { UserInputError } from "../../../src/errors.js";
import { DEFAULT_BASE_URL, createClient, resolveConnection } from "../../../src/remote/index.js";

describe("resolveConnection", () => {
  it("defaults to the production base URL and ATOMS_API_KEY", () => {
    expect(resolveConnection({ env: { ATOMS_API_KEY: "sk_a" } })).toEqual({ baseUrl: DEFAULT_BASE_URL, apiKey: "sk_a" });
    expect(DEFAULT_BASE_URL).toBe("https://api.smallest.ai/atoms/v1");
  });

  it("falls back to SMALLEST_API_KEY; an explicit env var name from the project file wins", () => {
    expect(resolveConnection({ env: { SMALLEST_API_KEY: "sk_b" } }).apiKey).toBe("sk_b");
    expect(resolveConnection({ env: { ATOMS_API_KEY: "", SMALLEST_API_KEY: "sk_b" } }).apiKey).toBe("sk_b");
    expect(resolveConnection({ apiKeyEnv: "TEAM_KEY", env: { TEAM_KEY: "sk_team", ATOMS_API_KEY: "sk_a" } }).apiKey).toBe("sk_team");
  });

  it("the --base-url flag beats ATOMS_BASE_URL, and a trailing slash is dropped", () => {
    const env = { ATOMS_API_KEY: "k", ATOMS_BASE_URL: "https://env.example.com/atoms/v1" };
    expect(resolveConnection({ env }).baseUrl).toBe("https://env.example.com/atoms/v1");
    expect(resolveConnection({ baseUrl: "https://flag.example.com/atoms/v1/", env }).baseUrl).toBe("https://flag.example.com/atoms/v1");
  });

  it.each(["http://127.0.0.1:4010/atoms/v1", "http://127.8.9.10/atoms/v1", "http://localhost:3000/atoms/v1", "http://[::1]:8080/atoms/v1"])(
    "allows plain http to loopback: %s",
    (url) => {
      expect(resolveConnection({ baseUrl: url, env: { ATOMS_API_KEY: "k" } }).baseUrl).toBe(url);
    },
  );

  it.each(["http://api.smallest.ai/atoms/v1", "http://10.0.0.5/atoms/v1", "http://127.0.0.1.evil.com/x", "ftp://127.0.0.1/x", "not a url", "https://user:pw@api.smallest.ai/atoms/v1"])(
    "refuses %s with a clear UserInputError",
    (url) => {
      expect(() => resolveConnection({ baseUrl: url, env: { ATOMS_API_KEY: "k" } })).toThrow(UserInputError);
    },
  );

  it("explains what is missing when no key is set", () => {
    expect(() => resolveConnection({ env: {} })).toThrow(/ATOMS_API_KEY/);
    expect(() => resolveConnection({ apiKeyEnv: "TEAM_KEY", env: { ATOMS_API_KEY: "k" } })).toThrow(/TEAM_KEY/);
  });

  it("the key never appears in a URL error", () => {
    let thrown: unknown;
    try {
      resolveConnection({ baseUrl: "http://evil.example/x", env: { ATOMS_API_KEY: "sk_secret_value" } });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(UserInputError);
    expect(String(thrown)).not.toContain("sk_secret_value");
    expect(String(thrown)).toContain("evil.example");
  });

  it("createClient applies the same rule", () => {
    expect(() => createClient({ baseUrl: "http://api.smallest.ai/atoms/v1", apiKey: "k" })).toThrow(UserInputError);
    expect(createClient({ baseUrl: "http://127.0.0.1:1/atoms/v1/", apiKey: "k" }).baseUrl).toBe("http://127.0.0.1:1/atoms/v1");
  });
});

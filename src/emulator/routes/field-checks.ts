/** Zod's names for the type it received, as the live API words them in "Expected string, received <type>". */
export function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && Number.isNaN(v)) return "nan";
  return typeof v;
}

/** Absolute http(s) URLs only; `new URL` alone would take `mailto:` or `javascript:`. */
export function isWebUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The UTC offsets (minutes) an IANA zone takes during `year`: its standard and, where it has one, its daylight
 * offset. Undefined for a label that is not an IANA zone (`(GMT+5:30) India`), which cannot be checked.
 */
export function zoneOffsets(label: string, year = new Date().getUTCFullYear()): number[] | undefined {
  const offsets = new Set<number>();
  // One probe a month catches both sides of every daylight-saving switch.
  for (let month = 0; month < 12; month++) {
    const offset = offsetAt(label, new Date(Date.UTC(year, month, 15)));
    if (offset === undefined) return undefined;
    offsets.add(offset);
  }
  return [...offsets].sort((a, b) => a - b);
}

/** The offset (minutes) an IANA zone has at `when`; undefined for a label that is not an IANA zone. */
export function offsetAt(label: string, when: Date = new Date()): number | undefined {
  try {
    const name = new Intl.DateTimeFormat("en-US", { timeZone: label, timeZoneName: "longOffset" })
      .formatToParts(when)
      .find((p) => p.type === "timeZoneName")?.value;
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name ?? "");
    if (!m) return undefined;
    return m[1] ? (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === "-" ? -1 : 1) : 0;
  } catch {
    return undefined;
  }
}

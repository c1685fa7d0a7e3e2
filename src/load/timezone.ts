/**
 * The UTC offsets (minutes) an IANA zone takes during `year`: its standard and, where it has one, its daylight
 * offset. Undefined for a label that is not an IANA zone (`(GMT+5:30) India`), which cannot be checked.
 */
export function zoneOffsets(label: string, year = new Date().getUTCFullYear()): number[] | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-US", { timeZone: label, timeZoneName: "longOffset" });
  } catch {
    return undefined;
  }
  const offsets = new Set<number>();
  // One probe a month catches both sides of every daylight-saving switch.
  for (let month = 0; month < 12; month++) {
    const name = format.formatToParts(Date.UTC(year, month, 15)).find((p) => p.type === "timeZoneName")?.value ?? "";
    const m = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/.exec(name);
    if (!m) return undefined;
    const minutes = m[1] ? (Number(m[2]) * 60 + Number(m[3] ?? 0)) * (m[1] === "-" ? -1 : 1) : 0;
    offsets.add(minutes);
  }
  return [...offsets].sort((a, b) => a - b);
}

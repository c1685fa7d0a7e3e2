import { type Ctx, type HandlerResult, ok } from "../context.js";
import { newObjectId } from "../ids.js";
import { iso, type PhoneNumberRec } from "../store.js";

/** `GET /product/phone-numbers` (§7). */
export function listPhoneNumbersRoute(ctx: Ctx): HandlerResult {
  return ok(ctx.orgState.phoneNumbers);
}

const COUNTRY_PREFIXES: Array<[string, string]> = [
  ["+1", "US"],
  ["+91", "IN"],
  ["+44", "GB"],
  ["+61", "AU"],
  ["+49", "DE"],
  ["+33", "FR"],
];

export function makePhoneNumber(phoneNumber: string, provider: string, now: number): PhoneNumberRec {
  const countryCode = COUNTRY_PREFIXES.find(([p]) => phoneNumber.startsWith(p))?.[1] ?? "US";
  return {
    _id: newObjectId(now),
    productType: "telephony",
    isActive: true,
    agentId: null,
    attributes: { phoneNumber, provider, countryCode },
    createdAt: iso(now),
    updatedAt: iso(now),
  };
}

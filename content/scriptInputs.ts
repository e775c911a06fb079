// Kept free of zod for the same reason as questionInputs.ts: the script tool imports
// these in the browser.

/** Ids are stable: they appear in share links (#g=…&j=…). Order is the order shown. */
export const scriptGoals = ['ask', 'decline', 'revoke', 'restrict', 'confidential', 'accounting', 'access', 'erase'] as const;
export const jurisdictions = ['us', 'eu', 'uk', 'elsewhere'] as const;
/**
 * Variant keys a goal file may use. `gdpr` is one text for both the EU and the UK,
 * filled with each one's law name and regulator, so the two cannot drift apart.
 */
export const variantKeys = ['us', 'eu', 'uk', 'gdpr', 'elsewhere'] as const;

/** The optional letter fields, with their limits. Dates are yyyy-mm-dd, as <input type="date"> gives them. */
export const letterFields = {
  name: { kind: 'text', max: 100 },
  dob: { kind: 'date' },
  facility: { kind: 'text', max: 150 },
  record: { kind: 'text', max: 60 },
  scanDate: { kind: 'date' },
  sent: { kind: 'date' },
  reason: { kind: 'text', max: 1000 },
  contact: { kind: 'text', max: 200 },
  // The sender block: where the written reply the letter asks for should go.
  address: { kind: 'text', max: 300 },
  email: { kind: 'email', max: 254 },
  phone: { kind: 'phone', max: 40 },
} as const;

/** Fields printed in the letter's sender block, in the order a letter shows them. */
export const senderFields = ['name', 'address', 'email', 'phone'] as const;

/**
 * The 27 EU member states and Iceland, Liechtenstein and Norway, as ISO 3166-1 codes (Greece is
 * GR, not EL). Here rather than in schema.ts so the browser can check a link's country without zod.
 */
export const eeaCountries = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO'] as const;
export type EeaCountry = (typeof eeaCountries)[number];

/** The script tool's numbered steps; ids appear in links (#s=letter). */
export const scriptSteps = ['say', 'letter', 'date', 'followUp'] as const;
export type ScriptStep = (typeof scriptSteps)[number];

/** How the request reaches the organisation: the deadline counts from the day they receive it. */
export const deliveryMethods = ['hand', 'online', 'post'] as const;
export type Delivery = (typeof deliveryMethods)[number];

export type ScriptGoal = (typeof scriptGoals)[number];
export type Jurisdiction = (typeof jurisdictions)[number];
export type VariantKey = (typeof variantKeys)[number];
export type LetterField = keyof typeof letterFields;

/** The goal text to use for a jurisdiction: its own, or the shared GDPR text for the EU and UK. */
export function variantKeyFor<T>(variants: Partial<Record<VariantKey, T>>, j: Jurisdiction): VariantKey | undefined {
  if (variants[j]) return j;
  if ((j === 'eu' || j === 'uk') && variants.gdpr) return 'gdpr';
  return undefined;
}

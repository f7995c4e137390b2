/**
 * Name normalisation for origins: "the Associated Press" and "Associated Press" are one outlet, "AP" its short form.
 */

const SHORT_FORMS: Readonly<Record<string, string>> = {
  ap: "associated press",
  afp: "agence france-presse",
  "agence france presse": "agence france-presse",
  bbc: "bbc",
  "bbc news": "bbc",
  reuters: "reuters",
  "thomson reuters": "reuters",
  upi: "united press international",
  dpa: "deutsche presse-agentur",
};

/**
 * Lower-cases, drops a leading "the" and trailing punctuation, and maps wire-agency short forms.
 * @example normalizeName("The Associated Press.") // "associated press"
 * @example normalizeName("AP") // "associated press"
 */
export function normalizeName(name: string): string {
  const plain = name
    .toLowerCase()
    .replace(/[.,;:'"’]+$/u, "")
    .replace(/^the\s+/u, "")
    .replace(/\s+/gu, " ")
    .trim();
  return SHORT_FORMS[plain] ?? plain;
}

/**
 * Word lists for numbers and quantities. Kept apart from the logic so a reader can audit coverage at a glance;
 * all keys are lower case.
 */

/**
 * A lookup table without a prototype, so a token such as "constructor" or "valueOf" is never found in it.
 * @example lexicon({ one: 1 })["toString"] // undefined
 */
export function lexicon<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

export const UNIT_WORDS = lexicon<number>({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  nil: 0,
});

/** Multipliers that may follow a number ("1.2 million", "3bn", "$5m" once a currency is known). */
export const SCALE_WORDS = lexicon<number>({
  dozen: 12,
  dozens: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  crore: 1e7,
  k: 1e3,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  bln: 1e9,
  tln: 1e12,
  bn: 1e9,
  tn: 1e12,
  tr: 1e12,
  thousands: 1e3,
});

/** Scale abbreviations that are ambiguous with units ("5m" = 5 metres) and only read as scales after a currency. */
export const CURRENCY_ONLY_SCALES = lexicon<number>({ m: 1e6, b: 1e9, t: 1e12 });

/** Denominators for fraction words: "two-thirds", "a quarter", "three fifths". */
export const FRACTION_WORDS = lexicon<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/**
 * Vague plurals as intervals (see docs/quantity-semantics.md): "dozens" = [24, 99] per DESIGN.md, and by the same
 * reading "hundreds" = [200, 999]: at least two of the unit, fewer than the next order of magnitude.
 */
export const VAGUE_PLURALS = lexicon<readonly [number, number]>({
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  millions: [2e6, 999e6],
  billions: [2e9, 999e9],
  tens: [20, 99],
});

/** "several hundred" = [3, 9] x 100, "a few thousand" = [2, 5] x 1000. */
export const VAGUE_MULTIPLIERS = lexicon<readonly [number, number]>({
  several: [3, 9],
  few: [2, 5],
  many: [2, 9],
});

/** Modifiers before a number, longest first within each list; matched on lower-cased token texts. */
export const PRE_MODIFIERS: ReadonlyArray<
  readonly [string[], "approximately" | "atLeast" | "moreThan" | "atMost" | "lessThan" | "nearly" | "exact"]
> = [
  [["more", "than"], "moreThan"],
  [["greater", "than"], "moreThan"],
  [["higher", "than"], "moreThan"],
  [["just", "over"], "moreThan"],
  [["well", "over"], "moreThan"],
  [["in", "excess", "of"], "moreThan"],
  [["upwards", "of"], "moreThan"],
  [["upward", "of"], "moreThan"],
  [["over"], "moreThan"],
  [["above"], "moreThan"],
  [["exceeding"], "moreThan"],
  [["beyond"], "moreThan"],
  [["at", "least"], "atLeast"],
  [["no", "fewer", "than"], "atLeast"],
  [["no", "less", "than"], "atLeast"],
  [["not", "less", "than"], "atLeast"],
  [["a", "minimum", "of"], "atLeast"],
  [["minimum", "of"], "atLeast"],
  [["up", "to"], "atMost"],
  [["no", "more", "than"], "atMost"],
  [["not", "more", "than"], "atMost"],
  [["at", "most"], "atMost"],
  [["as", "many", "as"], "atMost"],
  [["as", "much", "as"], "atMost"],
  [["a", "maximum", "of"], "atMost"],
  [["maximum", "of"], "atMost"],
  [["as", "high", "as"], "atMost"],
  [["fewer", "than"], "lessThan"],
  [["less", "than"], "lessThan"],
  [["just", "under"], "lessThan"],
  [["under"], "lessThan"],
  [["below"], "lessThan"],
  [["lower", "than"], "lessThan"],
  [["nearly"], "nearly"],
  [["almost"], "nearly"],
  [["close", "to"], "nearly"],
  [["just", "shy", "of"], "nearly"],
  [["approximately"], "approximately"],
  [["approx."], "approximately"],
  [["approx"], "approximately"],
  [["about"], "approximately"],
  [["around"], "approximately"],
  [["roughly"], "approximately"],
  [["some"], "approximately"],
  [["an", "estimated"], "approximately"],
  [["estimated"], "approximately"],
  [["circa"], "approximately"],
  [["c."], "approximately"],
  [["ca."], "approximately"],
  [["around", "about"], "approximately"],
  [["somewhere", "around"], "approximately"],
  [["~"], "approximately"],
  [["exactly"], "exact"],
  [["precisely"], "exact"],
  [["just"], "exact"],
  [["only"], "exact"],
];

/** The days of the week, Sunday first (a JavaScript Date's getUTCDay() is the index). */
export const WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

export const MONTHS = lexicon<number>({
  january: 1,
  jan: 1,
  "jan.": 1,
  february: 2,
  feb: 2,
  "feb.": 2,
  march: 3,
  mar: 3,
  "mar.": 3,
  april: 4,
  apr: 4,
  "apr.": 4,
  may: 5,
  june: 6,
  jun: 6,
  "jun.": 6,
  july: 7,
  jul: 7,
  "jul.": 7,
  august: 8,
  aug: 8,
  "aug.": 8,
  september: 9,
  sep: 9,
  "sep.": 9,
  sept: 9,
  "sept.": 9,
  october: 10,
  oct: 10,
  "oct.": 10,
  november: 11,
  nov: 11,
  "nov.": 11,
  december: 12,
  dec: 12,
  "dec.": 12,
});

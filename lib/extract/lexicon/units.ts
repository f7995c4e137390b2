/**
 * Units and currencies: what a number measures ("km", "USD") as opposed to what it counts (any noun lemma).
 * Keys are lower case; values are the canonical unit names used in Quantity.unit.
 */
import { lexicon } from "./quantities.ts";

/** Currency signs and words -> ISO 4217 code. */
export const CURRENCY_SYMBOLS = lexicon<string>({
  $: "USD",
  us$: "USD",
  usd: "USD",
  "€": "EUR",
  eur: "EUR",
  "£": "GBP",
  gbp: "GBP",
  "¥": "JPY",
  jpy: "JPY",
  "₹": "INR",
  inr: "INR",
  rs: "INR",
  "rs.": "INR",
  "₽": "RUB",
  "₩": "KRW",
  "₺": "TRY",
  "₪": "ILS",
  "₦": "NGN",
  a$: "AUD",
  au$: "AUD",
  c$: "CAD",
  ca$: "CAD",
  hk$: "HKD",
  nz$: "NZD",
  s$: "SGD",
  r$: "BRL",
  chf: "CHF",
  cny: "CNY",
  rmb: "CNY",
  aud: "AUD",
  cad: "CAD",
  irr: "IRR",
  "﷼": "IRR",
});

export const CURRENCY_WORDS = lexicon<string>({
  dollar: "USD",
  dollars: "USD",
  euro: "EUR",
  euros: "EUR",
  pound: "GBP",
  pounds: "GBP",
  sterling: "GBP",
  yen: "JPY",
  yuan: "CNY",
  renminbi: "CNY",
  rupee: "INR",
  rupees: "INR",
  rouble: "RUB",
  roubles: "RUB",
  ruble: "RUB",
  rubles: "RUB",
  rial: "IRR",
  rials: "IRR",
  toman: "IRT",
  tomans: "IRT",
  shekel: "ILS",
  shekels: "ILS",
  franc: "CHF",
  francs: "CHF",
  peso: "MXN",
  pesos: "MXN",
  lira: "TRY",
  naira: "NGN",
  won: "KRW",
  cent: "USD-cent",
  cents: "USD-cent",
  pence: "GBP-pence",
  dinar: "IQD",
  dinars: "IQD",
});

/** Measurement units -> canonical unit name. Counted nouns are not listed: any noun lemma will do for those. */
export const MEASURE_UNITS = lexicon<string>({
  km: "km",
  kms: "km",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
  m: "m",
  metre: "m",
  metres: "m",
  meter: "m",
  meters: "m",
  cm: "cm",
  centimetre: "cm",
  centimetres: "cm",
  centimeter: "cm",
  centimeters: "cm",
  mm: "mm",
  millimetre: "mm",
  millimetres: "mm",
  millimeter: "mm",
  millimeters: "mm",
  mile: "mile",
  miles: "mile",
  mi: "mile",
  ft: "foot",
  foot: "foot",
  feet: "foot",
  inch: "inch",
  inches: "inch",
  yard: "yard",
  yards: "yard",
  nm: "nautical mile",
  nanometre: "nanometre",
  nanometres: "nanometre",
  nanometer: "nanometre",
  nanometers: "nanometre",
  micrometre: "micrometre",
  micrometres: "micrometre",
  micron: "micrometre",
  microns: "micrometre",
  ev: "eV",
  kev: "keV",
  mev: "MeV",
  gev: "GeV",
  tev: "TeV",
  wh: "Wh",
  cl: "cl",
  centilitre: "cl",
  centilitres: "cl",
  magnitude: "magnitude",
  tbsp: "tablespoon",
  tablespoon: "tablespoon",
  tablespoons: "tablespoon",
  tsp: "teaspoon",
  teaspoon: "teaspoon",
  teaspoons: "teaspoon",
  mcg: "microgram",
  μg: "microgram",
  microgram: "microgram",
  micrograms: "microgram",
  kg: "kg",
  kgs: "kg",
  kilo: "kg",
  kilos: "kg",
  kilogram: "kg",
  kilograms: "kg",
  kilogramme: "kg",
  g: "g",
  gram: "g",
  grams: "g",
  gramme: "g",
  mg: "mg",
  milligram: "mg",
  milligrams: "mg",
  lb: "pound-mass",
  lbs: "pound-mass",
  ounce: "ounce",
  ounces: "ounce",
  oz: "ounce",
  ton: "ton",
  tons: "ton",
  tonne: "ton",
  tonnes: "ton",
  t: "ton",
  l: "litre",
  litre: "litre",
  litres: "litre",
  liter: "litre",
  liters: "litre",
  ml: "ml",
  millilitre: "ml",
  milliliter: "ml",
  gallon: "gallon",
  gallons: "gallon",
  barrel: "barrel",
  barrels: "barrel",
  bbl: "barrel",
  acre: "acre",
  acres: "acre",
  hectare: "hectare",
  hectares: "hectare",
  ha: "hectare",
  sq: "square",
  square: "square",
  mph: "mph",
  kph: "km/h",
  "km/h": "km/h",
  kmh: "km/h",
  knot: "knot",
  knots: "knot",
  degree: "degree",
  degrees: "degree",
  "°": "degree",
  "°c": "celsius",
  "°f": "fahrenheit",
  celsius: "celsius",
  celcius: "celsius",
  centigrade: "celsius",
  farenheit: "fahrenheit",
  deg: "degree",
  "deg.": "degree",
  km2: "square km",
  "km²": "square km",
  m2: "square m",
  "m²": "square m",
  km3: "cubic km",
  "m³": "cubic m",
  m3: "cubic m",
  fahrenheit: "fahrenheit",
  w: "W",
  kw: "kW",
  mw: "MW",
  gw: "GW",
  kwh: "kWh",
  mwh: "MWh",
  gwh: "GWh",
  watt: "W",
  watts: "W",
  megawatt: "MW",
  megawatts: "MW",
  gigawatt: "GW",
  gigawatts: "GW",
  volt: "V",
  volts: "V",
  v: "V",
  hz: "Hz",
  ghz: "GHz",
  mhz: "MHz",
  gb: "GB",
  mb: "MB",
  tb: "TB",
  kb: "KB",
  second: "second",
  seconds: "second",
  sec: "second",
  secs: "second",
  minute: "minute",
  minutes: "minute",
  min: "minute",
  mins: "minute",
  hour: "hour",
  hours: "hour",
  hr: "hour",
  hrs: "hour",
  day: "day",
  days: "day",
  week: "week",
  weeks: "week",
  month: "month",
  months: "month",
  year: "year",
  years: "year",
  yr: "year",
  yrs: "year",
  decade: "decade",
  decades: "decade",
  century: "century",
  centuries: "century",
  percent: "percent",
  "per cent": "percent",
  pct: "percent",
  "%": "percent",
  "percentage point": "percentage point",
});

/** Qualified currency names: "Canadian dollars", "Swiss francs". Keys: qualifier + " " + singular name. */
export const QUALIFIED_CURRENCIES = lexicon<string>({
  "canadian dollar": "CAD",
  "australian dollar": "AUD",
  "hong kong dollar": "HKD",
  "new zealand dollar": "NZD",
  "singapore dollar": "SGD",
  "taiwan dollar": "TWD",
  "us dollar": "USD",
  "u.s. dollar": "USD",
  "american dollar": "USD",
  "swiss franc": "CHF",
  "french franc": "FRF",
  "belgian franc": "BEF",
  "japanese yen": "JPY",
  "chinese yuan": "CNY",
  "indian rupee": "INR",
  "pakistani rupee": "PKR",
  "iranian rial": "IRR",
  "saudi riyal": "SAR",
  "mexican peso": "MXN",
  "turkish lira": "TRY",
  "dutch guilder": "NLG",
  "netherlands guilder": "NLG",
  "finnish markka": "FIM",
  "deutsche mark": "DEM",
  "german mark": "DEM",
  "south african rand": "ZAR",
  "russian rouble": "RUB",
  "russian ruble": "RUB",
  "egyptian pound": "EGP",
  "lebanese pound": "LBP",
  "iraqi dinar": "IQD",
  "british pound": "GBP",
});

/** Letters written before "$": "C$", "HK $". */
export const DOLLAR_PREFIXES = lexicon<string>({
  c: "CAD",
  ca: "CAD",
  can: "CAD",
  hk: "HKD",
  a: "AUD",
  au: "AUD",
  nz: "NZD",
  s: "SGD",
  us: "USD",
  "u.s.": "USD",
  r: "BRL",
  nt: "TWD",
  mx: "MXN",
});

/** Time units that turn a quantity into a rate: "500,000 barrels a day", "188 miles an hour". */
export const RATE_UNITS = lexicon<string>({
  gallon: "gallon",
  litre: "litre",
  liter: "litre",
  ounce: "ounce",
  night: "night",
  kwh: "kWh",
  second: "second",
  sec: "second",
  minute: "minute",
  min: "minute",
  hour: "hour",
  hr: "hour",
  h: "hour",
  day: "day",
  week: "week",
  month: "month",
  year: "year",
  annum: "year",
  capita: "capita",
  person: "person",
  share: "share",
  head: "head",
  kg: "kg",
  kilogram: "kg",
  barrel: "barrel",
  ton: "ton",
  tonne: "ton",
});

/** The units of an age ("61-year-old", "a 3-month-old"): whose age it is, not what is counted (ADR 030). */
/**
 * "pound" is money or a weight. Lemmas that make a sentence speak of weight ("weighs 4.5 pounds", "a 7-pound baby
 * weighing...", "2.38 pounds (1.08 kg)"): there, and in "pounds of" a material, it is the pound-mass.
 */
export const WEIGHT_CUES: ReadonlySet<string> = new Set(
  "weigh weight heavy heavier heaviest lighter lightest kg kgs kilo kilos kilogram kilograms gram grams ounce ounces oz lb lbs".split(
    " ",
  ),
);
/**
 * A bare figure below zero ("Temperatures fell to minus 20", "the mercury hit -5") is in degrees where the sentence
 * speaks of temperature: these lemmas (a "wind chill" as two words too), or a "low of" / "high of" before the figure.
 */
export const TEMPERATURE_CUES: ReadonlySet<string> = new Set([
  "temperature",
  "temperatures",
  "mercury",
  "thermometer",
  "thermometers",
  "windchill",
  "wind chill",
]);
export const TEMPERATURE_EXTREMES: ReadonlySet<string> = new Set(["low", "lows", "high", "highs"]);
/** Nouns after "pounds of" that are money ("millions of pounds of damage"), not a material weighed. */
export const MONEY_OF_NOUNS: ReadonlySet<string> = new Set(
  "damage money funding investment cash debt debts revenue savings profit profits losses spending taxpayer taxpayers public aid compensation".split(
    " ",
  ),
);

/**
 * Units of time a figure counts in ("three years", "48 hours"), with their sizes: spans convert for comparison inside
 * one of two scales that never meet (lib/compare/units.ts, ADR 031): calendar spans in days ("136 days" is four and a
 * half months), clock spans in seconds ("40 hours over four days" are hours inside days). A month and a year are
 * their mean lengths in the Gregorian calendar.
 */
export const DURATION_SCALES: Readonly<Record<string, { dimension: string; factor: number }>> = {
  second: { dimension: "clock span", factor: 1 },
  minute: { dimension: "clock span", factor: 60 },
  hour: { dimension: "clock span", factor: 3600 },
  day: { dimension: "calendar span", factor: 1 },
  week: { dimension: "calendar span", factor: 7 },
  month: { dimension: "calendar span", factor: 365.2425 / 12 },
  year: { dimension: "calendar span", factor: 365.2425 },
  decade: { dimension: "calendar span", factor: 3652.425 },
};

/** Units of time a figure counts in: spans, never things or people. */
export const TIME_UNITS: ReadonlySet<string> = new Set(Object.keys(DURATION_SCALES));

export const AGE_UNITS: ReadonlySet<string> = new Set(["years old", "months old", "weeks old", "days old"]);

/** Whether a figure's unit makes it an age (ADR 030). */
export function isAgeUnit(unit: string | null): boolean {
  return unit !== null && AGE_UNITS.has(unit);
}

/** Words that put an age after them: "Sharron Smith, age 61", "died in jail, aged 77". */
export const AGE_WORDS: ReadonlySet<string> = new Set(["age", "aged"]);

/**
 * Units of one measure that convert by a factor (the normalised names of MEASURE_UNITS): each to its dimension and
 * its size in the dimension's base unit. "2,000 feet" and "600 metres" are one length; 600 m is 1,968.5 ft.
 * Degrees Celsius and Fahrenheit are left out (not a factor); "ton" is the metric tonne (a short ton is 9% less,
 * within the rounding of "a ton"). The symbol is how a flag writes the unit when two figures differ in it.
 */
export const UNIT_SCALES: Readonly<Record<string, { dimension: string; factor: number; symbol: string }>> = {
  km: { dimension: "length", factor: 1000, symbol: "km" },
  m: { dimension: "length", factor: 1, symbol: "m" },
  cm: { dimension: "length", factor: 0.01, symbol: "cm" },
  mm: { dimension: "length", factor: 0.001, symbol: "mm" },
  mile: { dimension: "length", factor: 1609.344, symbol: "mi" },
  "nautical mile": { dimension: "length", factor: 1852, symbol: "nmi" },
  yard: { dimension: "length", factor: 0.9144, symbol: "yd" },
  foot: { dimension: "length", factor: 0.3048, symbol: "ft" },
  inch: { dimension: "length", factor: 0.0254, symbol: "in" },
  kg: { dimension: "mass", factor: 1, symbol: "kg" },
  g: { dimension: "mass", factor: 0.001, symbol: "g" },
  mg: { dimension: "mass", factor: 1e-6, symbol: "mg" },
  microgram: { dimension: "mass", factor: 1e-9, symbol: "µg" },
  "pound-mass": { dimension: "mass", factor: 0.45359237, symbol: "lb" },
  ounce: { dimension: "mass", factor: 0.028349523125, symbol: "oz" },
  ton: { dimension: "mass", factor: 1000, symbol: "t" },
  "square m": { dimension: "area", factor: 1, symbol: "m²" },
  "square km": { dimension: "area", factor: 1e6, symbol: "km²" },
  hectare: { dimension: "area", factor: 1e4, symbol: "ha" },
  acre: { dimension: "area", factor: 4046.8564224, symbol: "acres" },
  litre: { dimension: "volume", factor: 1, symbol: "L" },
  ml: { dimension: "volume", factor: 0.001, symbol: "ml" },
  cl: { dimension: "volume", factor: 0.01, symbol: "cl" },
  gallon: { dimension: "volume", factor: 3.785411784, symbol: "gal" },
  barrel: { dimension: "volume", factor: 158.987294928, symbol: "bbl" },
  "cubic m": { dimension: "volume", factor: 1000, symbol: "m³" },
  "km/h": { dimension: "speed", factor: 1, symbol: "km/h" },
  mph: { dimension: "speed", factor: 1.609344, symbol: "mph" },
  knot: { dimension: "speed", factor: 1.852, symbol: "kn" },
};

/**
 * A unit lexicon's words and canonical names, lower case: a quantity's unit is a canonical name ("USD", "foot"), a
 * head noun read without one a lemma ("dollar", "metre"); a list of units has to hold both.
 * @example unitWords({ feet: "foot" }) // ["feet", "foot"]
 */
export function unitWords(lexicon: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.entries(lexicon).flatMap(([word, unit]) => [word, unit.toLowerCase()]))];
}

/**
 * The words and names of the units of MEASURE_UNITS that convert by a factor (UNIT_SCALES), of one dimension or all.
 * @example measureWords("length") // ["km", "kms", "kilometre", ..., "inch", "inches", "nm", "nautical mile"]
 */
export function measureWords(dimension?: string): string[] {
  const entries = Object.entries(MEASURE_UNITS).filter(([, unit]) => {
    const scale = UNIT_SCALES[unit];
    return scale !== undefined && (dimension === undefined || scale.dimension === dimension);
  });
  return unitWords(Object.fromEntries(entries));
}

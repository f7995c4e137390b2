/**
 * Small lexicons for grouping: which counted nouns are the same thing, which verbs are the same event.
 * Casualty, arrest and displacement vocabulary first, because news tolls are what editors compare most.
 */

/** Counted nouns that name the same kind of thing. */
export const UNIT_CLASSES: Readonly<Record<string, string>> = {
  people: "person",
  person: "person",
  individual: "person",
  other: "person",
  others: "person",
  death: "person",
  fatality: "person",
  dead: "person",
  casualty: "person",
  victim: "person",
  survivor: "person",
  injury: "person",
  injured: "person",
  wounded: "person",
  arrest: "person",
  detention: "person",
  // A toll counts people whoever they were: "12 workers were killed" and "17 people died" report one fire.
  worker: "person",
  employee: "person",
  "%": "percent",
  "per cent": "percent",
  pct: "percent",
  dollar: "USD",
  usd: "USD",
  euro: "EUR",
  eur: "EUR",
  // A fire service's vehicles: "a further four appliances" and "an additional six engines" count one thing.
  appliance: "engine",
  engine: "engine",
  // A boxer's record: "46 KOs", "47 KO's" and "46 knockouts" count one thing.
  knockout: "ko",
  ko: "ko",
  share: "share",
  proportion: "share",
  fraction: "share",
};

/**
 * Nouns that carry their event with them: "38 fatalities" is 38 people who died. Not "victim" or "casualty": shooting
 * victims include the wounded, war casualties the injured; the verb says which ("shot three victims", "victims died").
 */
export const UNIT_EVENTS: Readonly<Record<string, string>> = {
  death: "die",
  fatality: "die",
  dead: "die",
  injury: "injure",
  injured: "injure",
  wounded: "injure",
  arrest: "arrest",
  detention: "arrest",
};

/** Verbs (lemmas) of one event class. */
export const EVENT_CLASSES: Readonly<Record<string, string>> = {
  kill: "die",
  die: "die",
  perish: "die",
  slay: "die",
  murder: "die",
  drown: "die",
  death: "die",
  killing: "die",
  // "fatally shot / wounded": died of it.
  fatally: "die",
  injure: "injure",
  wound: "injure",
  wounding: "injure",
  injuring: "injure",
  hurt: "injure",
  // Shot is neither killed nor wounded but both ("three shot, two killed"); the noun "shooting" names the event and
  // is left a plain word ("2 dead in shooting" is a toll).
  shoot: "shoot",
  shot: "shoot",
  arrest: "arrest",
  detain: "arrest",
  jail: "arrest",
  // "99 alleged Mafia members seized", "captured", "apprehended", "nabbed": arrested (only people are counted so).
  seize: "arrest",
  capture: "arrest",
  apprehend: "arrest",
  nab: "arrest",
  displace: "displace",
  evacuate: "displace",
  flee: "displace",
  rescue: "survive",
  survive: "survive",
  save: "survive",
  escape: "survive",
  cross: "enter",
  enter: "enter",
  infiltrate: "enter",
};

/**
 * Counted nouns for the whole population an event befell: with a death or injury event they count people, so "15
 * workers died" meets "12 people were killed" (signature.ts). Not children, women, officers: usually part of a toll.
 */
export const VICTIM_NOUNS: ReadonlySet<string> = new Set([
  "worker",
  "employee",
  "protester",
  "demonstrator",
  "passenger",
  "miner",
  "pilgrim",
  "villager",
  "resident",
  "migrant",
  "civilian",
]);

/**
 * Counted nouns for the people a legal step befell: with an arrest, a charge, a trial or a conviction they count one
 * class, the accused, so "Eleven other FLDS men charged with crimes" meets "12 other FLDS defendants charged"
 * (group.ts accused), and "40 suspects seized" meets "45 people were arrested".
 */
export const ACCUSED_NOUNS: ReadonlySet<string> = new Set([
  "man",
  "member",
  "defendant",
  "suspect",
  "individual",
  "person",
]);
/** Event classes (verb lemmas) of a legal step taken against people. */
/**
 * A player's statistics: a count that belongs to one player in one game or season ("Hansbrough finished with 20
 * points", "he grabbed nine rebounds"). Two are one count only when the phrases name the same player, or when the
 * figure is the same (as an age nobody holds): otherwise every teammate's line would conflict with every other's.
 */
export const PLAYER_STATS: ReadonlySet<string> = new Set([
  "point",
  "rebound",
  "assist",
  "steal",
  "carry",
  "catch",
  "reception",
  "touchdown",
  "pass",
  "interception",
  "sack",
  "tackle",
  "goal",
  "homer",
  "home",
  "rbi",
  "strikeout",
]);

/**
 * Verbs and words of a play in a game ("rushed for 226 yards", "returned it 35 yards", "4,183 passing yards"): a
 * distance read with one of them is a player's (or a team's) line, as PLAYER_STATS counts are.
 */
export const PLAY_WORDS: ReadonlySet<string> = new Set([
  "rush",
  "rushing",
  "return",
  "carry",
  "catch",
  "receive",
  "receiving",
  "pass",
  "passing",
  "throw",
  "scramble",
  "punt",
  "kick",
]);

export const LEGAL_EVENTS: ReadonlySet<string> = new Set(["arrest", "charge", "indict", "try", "convict", "prosecute"]);

/** Units that say nothing about what is counted; a shared event or word is required on top. */
export const GENERIC_UNITS: ReadonlySet<string> = new Set([
  "person",
  "percent",
  "share",
  "USD",
  "EUR",
  "GBP",
  "time",
  "year",
  "day",
  "month",
  "hour",
  "week",
  "calendar span",
  "clock span",
  "thing",
  "unit",
]);

/** Spans of play, counted as durations are: a team's or a player's "15 games", "four seasons", "nine innings". */
export const SPAN_UNITS: ReadonlySet<string> = new Set([
  "game",
  "match",
  "season",
  "inning",
  "round",
  "quarter",
  "lap",
]);

/**
 * Words that make a figure a different set from the bare count: "five other bank workers" are not the "three bank
 * workers" killed; "Germany's share of the bailout" is a part of the whole bailout.
 */
export const SUBSET_WORDS: ReadonlySet<string> = new Set([
  "other",
  "another",
  "additional",
  "further",
  "remaining",
  "extra",
  "share",
  "portion",
  "part",
  // A facility's count is a part of the event's: "a clinic in Takengon treated 50 injured" of the national 249.
  "clinic",
  "hospital",
  "ward",
  "facility",
]);

/** Words that name the same thing in news text. */
export const WORD_CLASSES: Readonly<Record<string, string>> = {
  quake: "earthquake",
  temblor: "earthquake",
  tremor: "earthquake",
  blaze: "fire",
  // "a further four appliances" and "an additional six engines": both are reinforcements on top of a first count.
  further: "additional",
  extra: "additional",
  inferno: "fire",
  explosion: "blast",
  bombing: "blast",
  attack: "attack",
  assault: "attack",
  protest: "protest",
  demonstration: "protest",
  rally: "protest",
  unrest: "protest",
};

/**
 * Units that say which model or configuration of a product a clause is about when a figure is written with them ("the
 * 13-inch model", "4GB RAM", "a 1.7GHz chip"), by the measure they take: each unit (singular; a plural is read too)
 * to its size in the measure's base unit (context/products.ts). An `attributive` measure counts only written into a
 * noun ("13-inch model", `13" model`): alone it measures ("0.71 inches thick").
 */
export const CONFIGURATION_MEASURES: Readonly<
  Record<string, { units: Readonly<Record<string, number>>; attributive?: true }>
> = {
  size: { units: { inch: 1, '"': 1, "″": 1 }, attributive: true },
  data: { units: { kb: 1e-6, mb: 1e-3, megabyte: 1e-3, gb: 1, gigabyte: 1, tb: 1e3, terabyte: 1e3 } },
  clock: { units: { mhz: 1e-3, megahertz: 1e-3, ghz: 1, gigahertz: 1 } },
  image: { units: { megapixel: 1 } },
  battery: { units: { mah: 1 } },
};

/**
 * Word lists for who a source is (attribution): the common nouns that head a source phrase and their kinds, titles,
 * organisation and outlet words, name connectors and the determiners around them. The verbs and cues that attribute
 * are lexicon/attribution.ts. Same rules: short, newsroom-general, nothing that names a party of one article.
 */

import type { SourceKind } from "../schema.ts";
import { words } from "./attribution.ts";
import { MONTHS, WEEKDAYS } from "./quantities.ts";

function kinds(kind: SourceKind, list: string): Array<[string, SourceKind]> {
  return words(list).map((w) => [w, kind]);
}

/** Common nouns that can head a source phrase, with the kind they imply: "officials said", "sources said". */
export const SOURCE_NOUNS: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds(
    "official",
    `
    official officials spokesman spokeswoman spokesperson authorities police government ministry military army
    prosecutor prosecutors minister investigators regulators agency department administration embassy court
    judge mayor governor president coroner sheriff officers officer diplomats diplomat office spokespeople
    firefighters troops soldiers forces da county city town municipality
    `,
  ),
  ...kinds(
    "anonymous",
    `
    source sources report reports account accounts witness witnesses residents resident experts expert
    analysts analyst observers people person insiders critics activists estimates figures data studies study survey
    surveys polls poll researchers scientists doctors medics rescuers survivors locals media reporters
    journalists leaks documents statement statements leaders lawmakers legislators jurors members students
    workers employees parents teachers fans neighbors neighbours relatives friends victims protesters voters
    customers users citizens farmers investors traders economists lawyers attorneys aides advisers advisors
    allies opponents supporters organizers organisers participants players passengers staff scholars
    historians veterans villagers eyewitnesses onlookers bystanders rumors rumours
    member strategist executive adviser advisor supporter voter staffer operative consultant donor delegate
    organizer organiser
    `,
  ),
  ...kinds(
    "organization",
    `
    organizations organisations organization organisation groups group monitors monitor ngos charities charity
    agencies company companies firm union unions institute foundation committee council association
    campaigners studio team club league hospital school university airline bank party campaign manufacturer
    retailer operator board panel commission automaker insurer lender startup publisher
    `,
  ),
  ...kinds(
    "outlet",
    `
    paper newspaper broadcaster outlet outlets channel network tabloid magazine daily
    `,
  ),
]);

/** Report-like heads whose "from/by X" names the real source: "reports from X", "a statement by X". */
export const CARRIER_NOUNS: ReadonlySet<string> = new Set(
  words(`
    report reports account accounts statement statements data figures estimates estimate footage reporting
    coverage analysis assessment documents sources claims
`),
);

/** Carrier heads that make the named source an outlet ("reports from X" are news reports). */
export const NEWS_CARRIERS: ReadonlySet<string> = new Set(
  words(`
    report reports reporting coverage footage
`),
);

/** Title and role words in front of a name ("Health Minister Jane Doe", "head coach Dana White"), with the kind. */
export const TITLES: ReadonlyMap<string, SourceKind> = new Map([
  ...kinds(
    "person",
    `
    mr mr. mrs mrs. ms ms. dr dr. prof prof. professor expert analyst researcher economist author journalist
    reporter lawyer attorney activist historian scholar sir dame rev. reverend specialist columnist editor
    scientist coach manager ceo founder owner fellow physician nurse doctor witness singer actor actress
    player star father mother son daughter brother sister wife husband uncle aunt cousin grandmother
    grandfather friend neighbor neighbour publicist pastor priest imam rabbi pilot driver pensioner victim
    resident student teacher producer producers filmmaker agent teammate colleague gunman suspect defendant
    plaintiff survivor eyewitness spokesman's quarterback pitcher cto cfo coo cio
    `,
  ),
  ...kinds(
    "official",
    `
    president minister senator sen. rep. representative governor gov. mayor secretary spokesman spokeswoman
    spokesperson ambassador general gen. col. colonel lt. capt. captain sgt. sergeant chief commissioner
    inspector sheriff judge prosecutor chancellor premier diplomat official officer detective deputy lawmaker
    king queen prince undersheriff deputy-sheriff alderman assemblyman assemblywoman congressman congresswoman leader chairman chairwoman director clerk superintendent councillor councilman
    councilwoman commander marshal trooper constable adm. admiral maj. major cmdr. supt. det. sgt lt capt gov
    sen rep aide envoy negotiator attorney-general treasurer auditor magistrate speaker
    `,
  ),
]);

/** Party words before a person's name ("Republican Donald Trump", "Democrat Hillary Clinton"): no part of it. */
export const PARTY_WORDS: ReadonlySet<string> = new Set(
  words(`
    republican democrat democratic gop independent libertarian conservative labour tory
`),
);

/** Words that make a proper name an organization. */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  words(`
    survey observatory academy
    organization organisation institute institution foundation ministry council committee commission agency
    university college department office party army forces force police center centre association union bank
    fund corporation corp corp. inc inc. ltd ltd. group company court parliament government embassy authority
    hospital service services coalition alliance league federation watch board bureau society trust nations
    entertainment studios studio pictures records media airlines airways motors systems technologies energy
    holdings partners capital labs software pharmaceuticals foods brands industries enterprises solutions
    communications programme program crescent guard movement front brigade brigades church club school
    laboratory lab observatory
    telecom telecoms telecommunications electric electronics petroleum oil insurance securities investments
    railways railway shipping logistics semiconductor semiconductors wireless chemicals steel mining conference
    devices
`),
);

/** Organizations whose names carry no organization word and would otherwise read as a person's name. */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  "amnesty international",
  "transparency international",
  "doctors without borders",
  "red cross",
  "greenpeace",
  "oxfam",
  "save the children",
  "human rights watch",
  "reporters without borders",
  "white house",
  // Armed groups and movements whose two-word names read as a person's ("Islamic State said" was a person).
  "islamic state",
  "boko haram",
  "al qaeda",
  "al-qaeda",
  "al shabaab",
  "al-shabaab",
  "islamic jihad",
  "muslim brotherhood",
  "black lives matter",
  "planned parenthood",
]);

/** Heads that make a news outlet after "news": "news agency", "news service", "news site". */
export const NEWS_BODY_HEADS: ReadonlySet<string> = new Set(words("agency agencies service site website network wire"));

/** Final words that make a proper name a news outlet. */
export const OUTLET_WORDS: ReadonlySet<string> = new Set(
  words(`
    times news post journal herald tribune gazette telegraph guardian press digital tv television radio daily
    magazine wire broadcasting newspaper chronicle observer express mail independent monitor today examiner
    inquirer dispatch standard sun mirror insider online networks reporter advocate record constitution courier star
    courant globe register bee sentinel bulletin ledger enquirer beacon statesman oregonian tennessean review
`),
);

/** Well-known outlets whose names carry no outlet word (lower case, one name per line). */
export const KNOWN_OUTLETS: ReadonlySet<string> = new Set(
  `
  reuters ap afp associated_press agence_france-presse bbc cnn time bloomberg al_jazeera npr pbs abc cbs nbc
  msnbc fox politico axios vox newsweek the_economist economist le_monde der_spiegel spiegel xinhua tass
  interfax yonhap kyodo dpa efe ansa irna ria_novosti sky itv cnbc vice slate wired forbes fortune
`
    .split(/\s+/)
    .filter((w) => w !== "")
    .map((w) => w.replaceAll("_", " ")),
);

/** Abbreviations whose expansion is the affiliation: "the U.N. resident coordinator" -> "United Nations". */
export const AFFILIATION_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["u.n.", "United Nations"],
  ["un", "United Nations"],
  ["eu", "European Union"],
  ["e.u.", "European Union"],
  ["who", "World Health Organization"],
  ["nato", "NATO"],
  ["iaea", "International Atomic Energy Agency"],
  ["icrc", "International Committee of the Red Cross"],
  ["unicef", "UNICEF"],
  ["unhcr", "UNHCR"],
  ["imf", "International Monetary Fund"],
  ["fbi", "FBI"],
  ["cia", "CIA"],
  ["pentagon", "Pentagon"],
]);

/** Lower-case name connectors allowed inside a proper name ("Foundation for Defense of Democracies"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(
  words(`
    of for and the de del da di du la le al al- el bin ibn van von der den & on
`),
);

/**
 * Month and day names: "reports from October 2024" name a time, not a source. The months are the one month lexicon's
 * (./quantities.ts MONTHS): full names and dotted abbreviations, not the bare ones ("Jan" is also a first name).
 */
export const TIME_NAMES: ReadonlySet<string> = new Set([
  ...Object.keys(MONTHS).filter((m) => !(`${m}.` in MONTHS)),
  ...WEEKDAYS,
  "today",
  "yesterday",
]);

/** "last week", "this morning", "earlier Tuesday": relative time words, and the time nouns they lead. */
export const TIME_LEADS: ReadonlySet<string> = new Set(words("last this next early earlier late later"));
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  words("week month year weekend night morning afternoon evening day spring summer fall winter"),
);
/** Time words that stand alone before or after a subject: "HP today announced", "Yesterday a neighbour said". */
export const TIME_WORDS: ReadonlySet<string> = new Set(words("yesterday today tonight"));

/** A person's own pronouns: "King said he ...", "Obama said his plan ..." (an organization says "it"). */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(words("he she his her him"));

/** Subject determiners that refer back to a source already named: "These accounts estimate". */
export const ANAPHORIC_DETERMINERS: ReadonlySet<string> = new Set(
  words(`
    these those such this that the
`),
);

/** Determiners stripped from the front of a source name ("the fire, which police have said": "which" too). */
export const LEADING_DETERMINERS: ReadonlySet<string> = new Set(
  words(`
    the a an another some one two three several many other its their his her all both each most few none any
    no which
`),
);

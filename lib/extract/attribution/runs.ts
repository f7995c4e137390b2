/**
 * Noun-phrase runs around a cue, read from wink's POS tags. wink has no parser, so the subject of a reporting verb
 * is the maximal run of noun-phrase tokens directly before it, with one appositive ("Barak Seener, a research
 * fellow, warns") allowed; the source of "according to X" or "said X" is the run directly after.
 */
import { DOCUMENT_NOUNS, POLL_NOUNS, words } from "../lexicon/attribution.ts";
import { CARRIER_NOUNS, SOURCE_NOUNS, TIME_LEADS, TIME_NOUNS, TIME_WORDS } from "../lexicon/attribution-sources.ts";
import { WEEKDAYS } from "../lexicon/quantities.ts";
import type { Token } from "../tokens/segment.ts";

/** A token index range [start, end) inside one sentence. */
export interface Run {
  start: number;
  end: number;
}

const NP_POS = new Set(words("NOUN PROPN ADJ DET NUM"));
const NP_ADP = new Set(words("of for at from in with on to by"));
export const SUBJECT_PRONOUNS = new Set(words("he she they we i it"));
const SKIPPABLE_ADV = new Set(
  words(
    "also reportedly further previously later again separately earlier repeatedly publicly privately recently already still now then often has have had will would could may might did does do not n't is was were are be been being once even explicitly specifically firmly flatly strongly 're ’re 've ’ve 'll ’ll 'd ’d",
  ),
);
export const MAX_RUN = 16;
/** Heads that speak without a person: polls and documents ("the poll, released on Monday, showed"). */
const PAPER_HEADS = new Set([...POLL_NOUNS, ...DOCUMENT_NOUNS]);
/** A past participle opening an interjection: "conducted", "released", "known", "written". */
const PARTICIPLE = /^(?:[a-z]+ed|known|written|taken|given|seen|held|made|done|shown|sent|told)$/;
/** "X, writing for the majority, said": a present participle opening an interjection. */
const PRESENT_PARTICIPLE = /^[a-z]{3,}ing$/;
/** "the only candidate to campaign in Wyoming": a verb after "to" in an appositive. */
const infinitive = (run: Token[], k: number) => k > 0 && run[k - 1].text === "to" && run[k - 1].pos === "PART";
/** "a man visiting Nice": a present participle directly after the noun it describes. */
const participleAfterNoun = (run: Token[], k: number) =>
  k > 0 && PRESENT_PARTICIPLE.test(run[k].text) && (run[k - 1].pos === "NOUN" || run[k - 1].pos === "PROPN");
/** Participles that open a sentence ("Having told everyone, he ..."); a capitalized "Fanning" is still a name. */
const OPENING_PARTICIPLES = new Set(
  words("having being asked speaking talking writing responding following given citing noting adding saying"),
);
const FUNCTION_POS = new Set(["PUNCT", "AUX", "ADV", "SCONJ", "ADP", "CCONJ", "PRON", "PART"]);
const CLAUSE_OPENERS = new Set(
  words(
    "that and but while where when whereas as because although though after before since if so or which what who whom",
  ),
);
/** Weekdays as time adjuncts between a subject and its verb: "Gowdy earlier Thursday said", "Scott on Monday announced". */
const WEEKDAY_NAMES = new Set(WEEKDAYS);

function isCapitalized(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

function isNpToken(t: Token, hyphenated = false): boolean {
  if (NP_POS.has(t.pos)) return true;
  const lower = t.text.toLowerCase();
  // wink tags "reports" in "Earlier reports from X corroborate" as a verb.
  if (CARRIER_NOUNS.has(lower) || SOURCE_NOUNS.has(lower) || PAPER_HEADS.has(lower)) return true;
  // "New York-based", "Quds Force-linked": a hyphenated participle is an adjective.
  if (t.pos === "VERB" && hyphenated) return true;
  if (t.pos === "ADP" || t.pos === "SCONJ") return NP_ADP.has(lower);
  if (t.pos === "CCONJ") return lower === "and" || lower === "&";
  if (t.pos === "PART") return lower === "’s" || lower === "'s";
  if (t.pos === "PRON") return lower === "its" || lower === "their" || lower === "his" || lower === "her";
  if (t.text === "(" || t.text === ")" || t.text === "-" || t.text === "&" || t.text === "/") return true;
  // Capitalized function words open a sentence ("When Hansbrough told"), they are not part of a name.
  return isCapitalized(t.text) && !FUNCTION_POS.has(t.pos) && !OPENING_PARTICIPLES.has(lower);
}

/**
 * True when token i can sit inside a noun phrase (a hyphenated participle like "-based" counts as an adjective).
 * @example npAt(tokens, 0) // tokens "Police said": true
 */
export function npAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "to what advocates estimated were 100,000 adoptees", "one in which organizers claimed": "what" and "which" open a
  // clause, its subject follows.
  if (t.text === "what" || t.text === "What" || t.text === "which") return false;
  // "12 people (the hospital said 15)": a parenthesis opening on a lower-case word holds a clause, not part of a name.
  if (t.text === "(" && tokens[i + 1] && /^[a-z]/.test(tokens[i + 1].text)) return false;
  if (isNpToken(t, i > 0 && tokens[i - 1].text === "-")) return true;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Workers' groups": a plural possessive apostrophe hugs its noun and is followed by the head.
  if ((t.text === "'" || t.text === "’") && prev && next && prev.end === t.start && /s$/i.test(prev.text))
    return next.start > t.end && (next.pos === "NOUN" || next.pos === "ADJ");
  // "Sen. Ben Cardin (D-Md.), a backer,", "(D-N.H.)": the point of an abbreviation inside a short parenthesis.
  const closes = next?.text === ")" || tokens[i + 2]?.text === ")";
  if (t.text === "." && closes && tokens.slice(Math.max(0, i - 5), i).some((x) => x.text === "(")) return true;
  // "a just-released poll", "a well-known group": an adverb joined to a hyphenated adjective.
  if (t.pos === "ADV" && next?.text === "-" && next.start === t.end) return true;
  // "a new Associated Press poll": wink tags "new" before a capitalized word as an adverb.
  if (
    t.pos === "ADV" &&
    /^(?:new|latest|recent|newest)$/i.test(t.text) &&
    next &&
    (isCapitalized(next.text) || next.pos === "NOUN" || next.pos === "ADJ")
  )
    return true;
  // "The fiscally conservative Club for Growth", "a newly formed group": an -ly adverb between a determiner or an
  // adjective and an adjective stays in the phrase.
  if (t.pos === "ADV" && next?.pos === "ADJ" && /ly$/i.test(t.text) && (prev?.pos === "DET" || prev?.pos === "ADJ"))
    return true;
  // "conservative outside groups", "Outside experts": wink tags "outside" before a noun as a preposition.
  if (
    t.pos === "ADP" &&
    /^(?:outside|inside)$/i.test(t.text) &&
    next?.pos === "NOUN" &&
    (prev === undefined || prev.pos === "ADJ" || prev.pos === "DET" || prev.text === ",")
  )
    return true;
  // "Politicians and even some technologists say": a focus adverb after a coordinator stays in the phrase.
  if (
    (t.text === "even" || t.text === "also") &&
    (prev?.text === "and" || prev?.text === "or") &&
    (next?.pos === "DET" || next?.pos === "NOUN" || next?.pos === "ADJ")
  )
    return true;
  // "the most recent data": a degree adverb before an adjective stays in the phrase.
  if (t.pos === "ADV" && next?.pos === "ADJ" && /^(?:most|more|least|less|very)$/i.test(t.text)) return true;
  // "the hospital's burn unit", "a Reuters rolling poll", "the leaked memo": wink tags a noun modifier or a participle
  // adjective as a verb; between a determiner, a possessive or a modifier and a noun it is part of the noun phrase.
  if (t.pos !== "VERB" || prev === undefined || next === undefined || next.pos !== "NOUN") return false;
  if (prev.pos === "DET" || prev.pos === "PART" || prev.pos === "ADJ") return true;
  return prev.pos === "PROPN" && t.text.endsWith("ing") && (tokens[i - 2]?.pos === "DET" || i === 1);
}

/**
 * Skips auxiliaries, adverbs and one parenthetical left of `index` ("has also said", "(who asked not to be named)
 * told"); returns the first index that is none of them.
 */
export function skipLeft(tokens: Token[], index: number): number {
  let i = index;
  for (;;) {
    while (
      i >= 0 &&
      (SKIPPABLE_ADV.has(tokens[i].text.toLowerCase()) || (tokens[i].pos === "ADV" && !isCapitalized(tokens[i].text)))
    )
      i--;
    // "Gowdy earlier Thursday said": a weekday after an adverb or "on" is a time adjunct, not part of the subject.
    if (i > 0 && WEEKDAY_NAMES.has(tokens[i].text.toLowerCase()) && tokens[i].pos === "PROPN") {
      const before = tokens[i - 1].text.toLowerCase();
      if (before === "on" || tokens[i - 1].pos === "ADV") {
        i -= 2;
        continue;
      }
    }
    // "Various news reports late last week pegged", "The company earlier this year said": a time phrase between the
    // subject and its verb.
    if (
      i > 1 &&
      TIME_NOUNS.has(lowerAt(tokens, i)) &&
      TIME_LEADS.has(lowerAt(tokens, i - 1)) &&
      !isCapitalized(tokens[i - 1].text)
    ) {
      i -= 2;
      if (i > 0 && TIME_LEADS.has(lowerAt(tokens, i)) && !isCapitalized(tokens[i].text)) i--;
      continue;
    }
    // "Broaddrick Sunday night recounted", "The mayor Monday morning said": a weekday and its part of the day.
    if (
      i > 1 &&
      TIME_NOUNS.has(lowerAt(tokens, i)) &&
      WEEKDAY_NAMES.has(lowerAt(tokens, i - 1)) &&
      isCapitalized(tokens[i - 1].text) &&
      !isCapitalized(tokens[i].text)
    ) {
      i -= 2;
      if (lowerAt(tokens, i) === "on") i--;
      continue;
    }
    // "Gowdy earlier in the day touted", "the ministry later in the week said": a time lead and "in the" + time noun.
    if (
      i > 3 &&
      TIME_NOUNS.has(lowerAt(tokens, i)) &&
      lowerAt(tokens, i - 1) === "the" &&
      lowerAt(tokens, i - 2) === "in" &&
      TIME_LEADS.has(lowerAt(tokens, i - 3)) &&
      !isCapitalized(tokens[i - 3].text)
    ) {
      i -= 4;
      continue;
    }
    // "a trio of PACs have in fact reported", "allies have in the past said": a fixed adverbial phrase.
    if (i > 1 && lowerAt(tokens, i) === "fact" && lowerAt(tokens, i - 1) === "in") {
      i -= 2;
      continue;
    }
    // wink tags "past" as an adverb, so the loop above has skipped it already.
    if (i > 1 && lowerAt(tokens, i) === "the" && lowerAt(tokens, i + 1) === "past" && lowerAt(tokens, i - 1) === "in") {
      i -= 2;
      continue;
    }
    if (i < 0 || tokens[i].text !== ")") return i;
    let open = i - 1;
    while (open >= 0 && tokens[open].text !== "(" && i - open < 30) open--;
    if (open < 0 || tokens[open].text !== "(") return i;
    i = open - 1;
  }
}

/**
 * Trims function words and punctuation off both ends of a run; null when nothing is left.
 * @example trimRun(tokens, { start: 0, end: 3 }) // tokens "of the ministry": { start: 1, end: 3 }
 */
export function trimRun(tokens: Token[], run: Run): Run | null {
  let { start, end } = run;
  while (start < end && !isNameStart(tokens[start])) start++;
  // A closing parenthesis stays with the one it closes ("Sen. Ben Cardin (D-Md.)"), not after a name ("the CBO)").
  let open = start;
  while (open < end && tokens[open].text !== "(") open++;
  while (end > start && !isNameStart(tokens[end - 1]) && (tokens[end - 1].text !== ")" || open >= end - 1)) end--;
  return end > start ? { start, end } : null;
}

function isNameStart(t: Token): boolean {
  return t.pos !== "ADP" && t.pos !== "CCONJ" && t.pos !== "PUNCT" && t.pos !== "PART" && t.pos !== "SCONJ";
}

function runEndingAt(tokens: Token[], last: number): Run | null {
  if (last < 0) return null;
  const t = tokens[last];
  if (t.pos === "PRON" && SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return { start: last, end: last + 1 };
  let start = last + 1;
  while (start - 1 >= 0 && last - start + 1 < MAX_RUN && npAt(tokens, start - 1)) start--;
  if (start > last) return null;
  const run = trimRun(tokens, { start, end: last + 1 });
  return run ? skipTimeLead(tokens, run) : null;
}

/**
 * "On Tuesday police said", "Last week the mayor said", "On Monday Scott announced", "HP today announced": a time
 * phrase written without a comma before or after the subject is not part of it. The run is kept when nothing would
 * be left.
 * @example skipTimeLead(tokens("On Tuesday police said"), { start: 1, end: 3 }) // { start: 2, end: 3 }
 */
function skipTimeLead(tokens: Token[], run: Run): Run {
  const word = (i: number) => (i < run.end ? tokens[i].text.toLowerCase() : "");
  let s = run.start;
  if (TIME_LEADS.has(word(s)) && (TIME_NOUNS.has(word(s + 1)) || WEEKDAY_NAMES.has(word(s + 1)))) s += 2;
  // "Wednesday's Quinnipiac poll" names the poll by its day: kept.
  else if ((WEEKDAY_NAMES.has(word(s)) || TIME_WORDS.has(word(s))) && !/^['’]s$/.test(word(s + 1))) s += 1;
  // "Tuesday night police said": the part of the day after a weekday.
  if (s > run.start && TIME_NOUNS.has(word(s))) s++;
  // "HP today announced", "HP Monday said": a time word between the subject and its verb.
  let e = run.end;
  // A capitalized "Today" after a name is part of it ("USA Today").
  const lowerTime = TIME_WORDS.has(tokens[e - 1].text);
  if (e - 1 > s && (WEEKDAY_NAMES.has(word(e - 1)) || lowerTime)) e--;
  return s < e && (s > run.start || e < run.end) ? { start: s, end: e } : run;
}

/** True when the token before a subject run ends a clause, so the run can be a subject and not an object. */
function opensClause(tokens: Token[], before: number): boolean {
  if (before < 0) return true;
  const t = tokens[before];
  if (t.pos === "PUNCT") return true;
  const lower = t.text.toLowerCase();
  return t.pos === "SCONJ" || CLAUSE_OPENERS.has(lower) || (t.pos === "ADV" && before === 0);
}

export interface Subject {
  /** The name-bearing run. */
  name: Run;
  /** An appositive describing it ("an expert at the American Enterprise Institute"), when present. */
  appositive: Run | null;
  /** Token index where the subject (and the attributed clause) begins. */
  start: number;
}

/**
 * The subject of the verb at `verb`: the run before it, or NAME, APPOSITIVE, before it.
 * @example subjectBefore(tokens, 3) // tokens "Barak Seener , a research fellow , warns" -> name 0..2, appositive 3..6
 */
export function subjectBefore(tokens: Token[], verb: number): Subject | null {
  const last = skipLeft(tokens, verb - 1);
  if (last < 0) return null;
  if (tokens[last].text !== ",") {
    const run = runEndingAt(tokens, last);
    if (!run) return null;
    // A name run directly before the verb is taken whole; its left edge must open a clause.
    const first = firstRunIndex(tokens, last);
    if (opensClause(tokens, first - 1)) return { name: run, appositive: null, start: run.start };
    const reduced = reducedRelativeSubject(tokens, first) ?? participlePhraseSubject(tokens, verb);
    if (reduced) return reduced;
    // "Bush tweaked his knee and coach Sean Payton said": the subject starts after the last "and" (the run may start
    // with it: "roads were cordoned off and police said").
    for (let j = last - 1; j >= first; j--) {
      const word = tokens[j].text.toLowerCase();
      if (word !== "and" && word !== "but") continue;
      const tail = trimRun(tokens, { start: j + 1, end: last + 1 });
      return tail ? { name: tail, appositive: null, start: tail.start } : null;
    }
    return null;
  }
  const relative = relativeClauseBefore(tokens, last);
  if (relative !== null) {
    // "Sanders, meanwhile, who sits at zero endorsements, said": an adverb set off by commas before the clause.
    const aside = tokens[relative - 1]?.pos === "ADV" && tokens[relative - 2]?.text === ",";
    const outer = skipAge(tokens, runEndingAt(tokens, relative - (aside ? 3 : 1)));
    if (!outer || !opensClause(tokens, firstRunIndex(tokens, outer.end - 1) - 1)) return null;
    return { name: outer, appositive: null, start: outer.start };
  }
  const inner = runEndingAt(tokens, last - 1);
  const innerFirst = inner ? firstRunIndex(tokens, last - 1) : -1;
  if (!inner || innerFirst - 1 < 0 || tokens[innerFirst - 1].text !== ",") return nameBeforeInterjection(tokens, last);
  const outer = skipAge(tokens, runEndingAt(tokens, innerFirst - 2));
  if (!outer) return null;
  const outerFirst = firstRunIndex(tokens, outer.end - 1);
  if (!opensClause(tokens, outerFirst - 1)) return null;
  // "Another expert, Behnam Ben Taleblu of ..., suggests": the name is in the inner run when it starts capitalized.
  const innerNamed = isCapitalized(tokens[inner.start].text) && tokens[inner.start].pos !== "DET";
  const outerNamed = isCapitalized(tokens[outer.end - 1].text);
  if (innerNamed && !outerNamed) return { name: inner, appositive: outer, start: outer.start };
  return { name: headBeforeParticiple(tokens, outer), appositive: inner, start: outer.start };
}

/** "Groups representing farmers": the head a participle phrase describes; the phrase names no one. */
function headBeforeParticiple(tokens: Token[], run: Run): Run {
  for (let k = run.start + 1; k < run.end; k++) {
    const t = tokens[k];
    if (t.pos === "VERB" && t.text.endsWith("ing") && /^(?:NOUN|PROPN)$/.test(tokens[k - 1].pos)) {
      return { start: run.start, end: k };
    }
  }
  return run;
}

/**
 * "A report released by the county warned", "a fundraising email sent out by Sanders on Tuesday night warned": a
 * participle phrase with its agent, without commas, between the subject and its verb. `first` is the "by".
 */
function reducedRelativeSubject(tokens: Token[], first: number): Subject | null {
  if (tokens[first]?.text !== "by") return null;
  let p = first - 1;
  if (p > 0 && (tokens[p].text === "out" || tokens[p].text === "up")) p--;
  const participle = tokens[p];
  if (participle?.pos !== "VERB" || !PARTICIPLE.test(participle.text)) return null;
  const outer = runEndingAt(tokens, p - 1);
  if (!outer) return null;
  const head = tokens[outer.end - 1].text;
  const speaks = PAPER_HEADS.has(head) || SOURCE_NOUNS.has(head) || CARRIER_NOUNS.has(head);
  if (!speaks && !isCapitalized(head)) return null;
  if (!opensClause(tokens, firstRunIndex(tokens, outer.end - 1) - 1)) return null;
  // "an email sent out by Sanders", "a report released by the Brookings Institution": a document sent or released by
  // a named body speaks for it.
  const agentStart = tokens[first + 1]?.text === "the" ? first + 2 : first + 1;
  let agentEnd = agentStart;
  while (agentEnd < tokens.length && isCapitalized(tokens[agentEnd].text) && tokens[agentEnd].pos !== "DET") agentEnd++;
  if (speaks && (!SOURCE_NOUNS.has(head) || CARRIER_NOUNS.has(head)) && agentEnd > agentStart)
    return { name: { start: agentStart, end: agentEnd }, appositive: null, start: outer.start };
  return { name: outer, appositive: null, start: outer.start };
}

/**
 * "Officials briefed on the investigation said", "Analysts covering the company said", "A spokesman for the ministry
 * speaking on condition of anonymity said": a participle phrase without commas between a speaker and its verb. The
 * speaker is the noun phrase before the participle when it opens the clause and can speak (a source noun such as
 * "officials", or a name); the phrase describes it.
 */
function participlePhraseSubject(tokens: Token[], verb: number): Subject | null {
  for (let p = verb - 2; p > 0 && verb - p <= 8; p--) {
    const t = tokens[p];
    if (t.pos === "PUNCT" || t.pos === "AUX" || t.pos === "SCONJ" || t.pos === "CCONJ") return null;
    if (t.pos !== "VERB") continue;
    // A past participle takes a preposition ("briefed on"); "Ruiz waved a report" is a past tense.
    const past = PARTICIPLE.test(t.text) && tokens[p + 1]?.pos === "ADP";
    if (!past && !t.text.endsWith("ing")) return null;
    const outer = runEndingAt(tokens, p - 1);
    if (!outer || !opensClause(tokens, firstRunIndex(tokens, outer.end - 1) - 1)) return null;
    const head = tokens[outer.end - 1].text;
    // "An analysis by Politifact of presidential elections going back to 1972 showed": the head before the phrase's
    // first preposition speaks.
    const phraseHead = tokens[headBeforePreposition(tokens, outer)].text.toLowerCase();
    const speaks =
      SOURCE_NOUNS.has(head.toLowerCase()) ||
      (isCapitalized(head) && tokens[outer.end - 1].pos === "PROPN") ||
      SOURCE_NOUNS.has(phraseHead) ||
      PAPER_HEADS.has(phraseHead);
    return speaks ? { name: outer, appositive: { start: p, end: verb }, start: outer.start } : null;
  }
  return null;
}

/**
 * The index of a run's head read by position: the last word before its first preposition ("an analysis by X of Y"),
 * or its last (source.ts's headOf reads a chunk's head by the source lexicon instead).
 */
function headBeforePreposition(tokens: Token[], run: Run): number {
  for (let k = run.start + 1; k < run.end; k++) if (tokens[k].pos === "ADP") return k - 1;
  return run.end - 1;
}

/**
 * "Jackson, in a statement released through the team, said", "Apostolos K., a 70-year-old pensioner who lives on
 * 1,000 euros a month, said": any short comma-bounded interjection between a name and its verb.
 */
function nameBeforeInterjection(tokens: Token[], comma: number): Subject | null {
  for (let j = comma - 1; j > 0 && comma - j < 30; j--) {
    const t = tokens[j].text;
    if (t === "“" || t === "”" || t === '"' || t === ";" || t === ":") return null;
    if (t !== ",") continue;
    const outer = skipAge(tokens, runEndingAt(tokens, j - 1));
    // A name ("Jackson, ..., said"), or a poll, a document or a speaker noun ("A Fox News poll, conducted ..., shows").
    const head = outer ? tokens[outer.end - 1].text : "";
    const speaks = /^[a-z]/.test(head) && (PAPER_HEADS.has(head) || SOURCE_NOUNS.has(head) || CARRIER_NOUNS.has(head));
    if (!outer || !(isCapitalized(head) || speaks)) return null;
    if (!opensClause(tokens, firstRunIndex(tokens, outer.end - 1) - 1)) return null;
    const segment = { start: j + 1, end: comma };
    const verbless = tokens.slice(segment.start, segment.end).every((x) => x.pos !== "VERB" && x.pos !== "AUX");
    // An interjection is an appositive, an adjunct, a relative clause or a participle phrase ("released on Wednesday
    // by the institute", "a Verizon customer based in Boston"), never a clause of its own.
    const opener = tokens[segment.start];
    const adjunct =
      opener.pos === "ADP" ||
      /^(?:who|whose|which|whom)$/i.test(opener.text) ||
      (opener.pos === "VERB" && (PARTICIPLE.test(opener.text) || PRESENT_PARTICIPLE.test(opener.text))) ||
      // An appositive whose only verbs are participles: "a Verizon customer based in Boston", "a Lebanese man
      // visiting Nice with his family" ("the rule is crucial" is a clause).
      (opener.pos === "DET" &&
        isCapitalized(head) &&
        tokens
          .slice(segment.start, segment.end)
          .every(
            (x, k, all) =>
              x.pos !== "AUX" &&
              (x.pos !== "VERB" || PARTICIPLE.test(x.text) || infinitive(all, k) || participleAfterNoun(all, k)),
          ));
    if (!verbless && !adjunct) return null;
    // "John Christie, head of production for Paperny Films, located down the street, said": the lower-case run is
    // the appositive of the name before it, and the name speaks.
    const named = appositiveOwner(tokens, outer);
    if (named) return { name: named, appositive: outer, start: named.start };
    return { name: outer, appositive: verbless ? segment : null, start: outer.start };
  }
  return null;
}

/** The capitalized name a lower-case run is set off from by a comma ("John Christie, head of ..."), or null. */
function appositiveOwner(tokens: Token[], run: Run): Run | null {
  const first = firstRunIndex(tokens, run.end - 1);
  if (tokens[first - 1]?.text !== "," || !/^[a-z]/.test(tokens[run.start].text)) return null;
  const name = skipAge(tokens, runEndingAt(tokens, first - 2));
  if (!name || !isCapitalized(tokens[name.end - 1].text)) return null;
  return opensClause(tokens, firstRunIndex(tokens, name.end - 1) - 1) ? name : null;
}

/** "Nadia Perez, 52, who runs a bakery, said": an age between commas stands between the name and what follows. */
function skipAge(tokens: Token[], run: Run | null): Run | null {
  if (!run || run.end - run.start !== 1 || tokens[run.start].pos !== "NUM" || tokens[run.start - 1]?.text !== ",")
    return run;
  return runEndingAt(tokens, run.start - 2);
}

const CLAUSE_RELATIVES = new Set(["who", "whose", "whom", "which", "where"]);

/**
 * "Luke Pigeon, who lives next door, said", "The poll, which ..., shows": the index of the comma that opens the
 * relative clause, or null.
 */
function relativeClauseBefore(tokens: Token[], comma: number): number | null {
  for (let j = comma - 1; j > 0 && comma - j < 30; j--) {
    if (tokens[j].text === "," || tokens[j].text === "”" || tokens[j].text === "“") {
      const word = tokens[j + 1]?.text.toLowerCase();
      // "Exit polls from the primary, which Mr. Trump won, showed": a relative clause on a thing as well; "Officials
      // at the school, where he is the superintendent, said": on a place.
      return tokens[j].text === "," && CLAUSE_RELATIVES.has(word) ? j : null;
    }
  }
  return null;
}

function firstRunIndex(tokens: Token[], last: number): number {
  const t = tokens[last];
  if (t.pos === "PRON" && SUBJECT_PRONOUNS.has(t.text.toLowerCase())) return last;
  let start = last;
  while (start - 1 >= 0 && last - start + 1 < MAX_RUN && npAt(tokens, start - 1)) start--;
  return start;
}

/**
 * The attribution frame of a subject and its cue words [first, last]: from the first to the last token of either.
 * @example frameOf(subject, 2, 2) // tokens "Police said" with the subject 0..1 -> { start: 0, end: 3 }
 */
export function frameOf(subject: Subject, first: number, last: number): Run {
  const end = Math.max(subject.appositive ? subject.appositive.end : 0, subject.name.end, last + 1);
  return { start: Math.min(subject.start, first), end };
}

/** The lower-cased text of token `k`, or "" past either end. */
function lowerAt(tokens: Token[], k: number): string {
  return tokens[k]?.text.toLowerCase() ?? "";
}

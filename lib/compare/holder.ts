/**
 * Who holds a figure: the name a boxer's record, a player's or a team's line, or a candidate's votes belong to, read
 * from the words right before it. Two figures with two holders are two things; one holder vouches that two figures count one thing.
 */

// How far back the name may stand: "Klitschko's record to 52-3 with a remarkable " fits.
const HOLDER_TAIL = 48;
// "Rahman (45-7-2, 36 KOs)": a capitalised word, an opening bracket, then only figures and commas up to this one.
const HOLDER_BRACKET = /(\p{Lu}[\p{L}'’-]*)\s*\((?:[^()\p{L}.;:!?]|\p{L}+(?=[\s,]))*$/u;
// "Hasim Rahman, 45-7-2, 36 KO's": a capitalised word set off by a comma, then at least one other figure.
const HOLDER_APPOSITION = /(\p{Lu}[\p{L}'’-]*),\s*(?:\d[\d.,/-]*(?:\s+\p{L}+)?,\s*)+$/u;
// "Klitschko's record to 52-3 with a remarkable 46": a possessive name's record, its figures, then "with" this one.
const HOLDER_RECORD =
  /(\p{Lu}[\p{L}-]*)['’]s\s+record\s+(?:\p{Ll}+\s+)?\d[\d-]*,?\s+(?:with|and|including)\s+(?:\p{Ll}+\s+){0,2}$/u;
// A player's line (`player`: points, rebounds, yards...) is also held by a possessive right before it ("Jamaal Charles'
// 226 yards", also as some copies space it: "Charles ' 226 yards") or by the name that is the subject of the verb right before it ("The Chiefs rushed for over 350",
// "Hansbrough scored"): a name, then a verb, a particle and a comparison at most.
const PLAYER_POSSESSIVE = /(\p{Lu}[\p{L}-]*)\s?(?:['’]s?)\s+(?:\p{Ll}+\s+)?$/u;
const PLAYER_SUBJECT =
  /(\p{Lu}[\p{L}-]*)\s+\p{Ll}+(?:\s+(?:for|with|in|up))?(?:\s+(?:over|more\s+than|just|only|about|nearly|almost|a\s+career-high|a\s+season-high))?\s+$/u;
// A running total is its subject's: "McDermott now has", "McDermott, a junior, now has", "Hansbrough, who now has",
// "Hansbrough finished with 20 points and now has" (a verb phrase coordinated with the subject's, no other name between).
const PLAYER_RUNNING =
  /(\p{Lu}[\p{L}-]*)(?:,\s*(?:who|(?:a|an|the)\s+[\p{Ll}\s-]{1,24},))?(?:\s+[^\p{Lu}.;:!?]{1,40}?\s+and)?\s+now\s+(?:has|have|holds?|owns?)\s+$/u;
// A record a player holds: "Rodney Buford's scoring record of", "Buford ’ s school scoring record of", "Newton's
// year-old record of" (a few words between the possessive and "record").
const PLAYER_RECORD = /(\p{Lu}[\p{L}-]*)\s?['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}record\s+of\s+$/u;
// "Creighton also got 14 points from backup center Will Artino": a line credited "from" a name after it (a few lower-case
// words, a role, between) is that name's.
const PLAYER_FROM = /^\s+(?:\p{Ll}+\s+)?from\s+(?:[\p{Ll}-]+\s+){0,3}((?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;
// Sentence openers and pronouns are no players' names.
const NOT_PLAYER = /^(?:The|A|An|He|She|They|It|His|Her|Their)$/;
// Calendar words are not holders: "Saturday (3 p.m.)", "June, 2012, 40".
const NOT_HOLDER =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|in|on|at|by|the|a|an)$/i;

/**
 * The name that holds a figure: "Hasim Rahman (45-7-2, 36 KOs)" -> "rahman", "Riddick Bowe, 43-1, 33 KO's" -> "bowe",
 * "Klitschko's record to 52-3 with a remarkable 46 wins" -> "klitschko".
 * Only the last word of the name is kept ("Wladimir Klitschko" and "Klitschko" are one holder).
 */
export function holderOf(before: string, player = false): string | null {
  const tail = before.slice(-HOLDER_TAIL);
  const m =
    HOLDER_BRACKET.exec(tail) ??
    HOLDER_APPOSITION.exec(tail) ??
    HOLDER_RECORD.exec(tail) ??
    (player
      ? (PLAYER_POSSESSIVE.exec(tail) ??
        PLAYER_SUBJECT.exec(tail) ??
        PLAYER_RUNNING.exec(tail) ??
        PLAYER_RECORD.exec(tail))
      : null);
  if (m === null || NOT_HOLDER.test(m[1]) || NOT_PLAYER.test(m[1])) return null;
  return m[1].toLowerCase();
}

/**
 * The name a player's line is credited to after it: "14 points from backup center Will Artino" -> "artino". Evidence
 * against comparing it with another player's line only: "paced by 13 points from McDermott" at the half is his, yet not
 * his game's 23, so it vouches for nothing.
 * @example creditedOf(" from backup center Will Artino, while") // "artino"
 */
export function creditedOf(after: string): string | null {
  const name = PLAYER_FROM.exec(after)?.[1].split(/\s+/).pop() ?? null;
  return name === null || NOT_HOLDER.test(name) ? null : name.toLowerCase();
}

/**
 * Quantities -> groups of figures that count the same thing -> discrepancy verdicts. Pure; works the same on one
 * document's quantities (extract) and on many documents' (compare, issue 4).
 */
import type { Discrepancy, QuantityGroup } from "@/lib/extract/schema.ts";
import { contextOf, differentSets, differentYears, eventsOf, otherPlayer, sameHolder } from "./context.ts";
import { sameEvent } from "./event.ts";
import { explainGroup } from "./explain.ts";
import type { CompareItem } from "./item.ts";
import { isPlayerLine, related, type Signature, sameThing, settleShooting, signatureOf } from "./signature.ts";
import { ACCUSED_NOUNS, GENERIC_UNITS, LEGAL_EVENTS, UNIT_CLASSES } from "./signature-lexicon.ts";
import { soleCounts, soleMatch } from "./sole.ts";
import { convertible, isConversion } from "./units.ts";
import { isShare, pairVerdict, sameFigure } from "./verdict.ts";

export type { CompareItem } from "./item.ts";

interface Cluster {
  members: CompareItem[];
  signatures: Signature[];
}

/**
 * Groups quantities that count the same thing and gives each group a verdict.
 * Grouping is complete-linkage: an item joins a group only when it counts the same thing as every member, so one
 * vague phrase cannot chain two unrelated counts together. A share of a whole ("two-thirds of the country") is linked
 * to a related "26 of 31" group as a separate, `soft` group: a different measure of the same spread.
 * Only groups of two or more figures are returned.
 * @example
 * groupQuantities([over800, approx800, approx850]).discrepancies
 * // [{ members: ["q2", "q7", "q9"], verdict: "conflict", explanation: "~800 (Iran International) vs ~850 (...), +6%" }]
 */
export function groupQuantities(items: CompareItem[]): { groups: QuantityGroup[]; discrepancies: Discrepancy[] } {
  const clusters: Cluster[] = [];
  const signatures = new Map(items.map((item) => [item, itemSignature(item)]));
  const signatureOf = (item: CompareItem) => signatures.get(item) as Signature;
  const sole = soleCounts(items, signatureOf);
  for (const item of items) {
    const signature = signatureOf(item);
    const home = clusters.find((c) =>
      c.signatures.every((s, i) => {
        // Two counted things are never one (sameThing below says so too): decided before any costlier reading.
        if (signature.unit === null || signature.unit !== s.unit) return false;
        const other = c.members[i];
        const same = sameFigure(item.quantity, other.quantity);
        // Figures of two documents about two events (a Dhaka fire, a Nairobi protest) count different things.
        if (item.documentId !== other.documentId && !sameEvent(item.event, other.event)) return false;
        // One sentence giving two figures for one noun lists different sets ("two and three jobs", "3 killed in
        // X and 5 in Y"); a writer does not contradict themselves mid-sentence.
        // ... unless one is the other converted ("about 200ft (60m)").
        if (!same && sameClaim(item, other) && !converted(item, other)) return false;
        if (!same && selfContradiction(item, other)) return false;
        if (!same && (attributive(item) || attributive(other))) return false;
        // Dated by different years ("four games of the 2007 season" / "of the 2008 season"): two things, equal or not.
        if (differentYears(item, other)) return false;
        // Two reports' only counts of a specific noun, of one order ("nearly 235,000 comments the agency received",
        // "nearly 300,000 comments opposing the changes"): one population, whatever else their phrases say (sole.ts).
        if (sole.has(item.key) && sole.has(other.key) && soleMatch(item, signature, other, s)) return true;
        // Differently modified noun phrases or a background event: different sets (context.ts).
        if (!sameThing(signature, s, true) || (!same && differentSets(item, other))) return false;
        // "14 points from Will Artino" and "Doug McDermott ... had five points": two players' lines.
        if (!same && isPlayerLine(signature.unit) && otherPlayer(item, signature.names, other, s.names)) return false;
        // Evidence that they count one thing: a shared event, name or word of their phrases, the very same figure,
        // or one holder ("Klitschko (52-3, 46 KOs)"), with nothing against it (signature.ts sameThing).
        if (sameThing(signature, s, same || sameHolder(item, other))) return true;
        // Nothing for or against with this member: enough when a member giving the very same figure has the same
        // holder ("52-3 with 46 KOs" names no one; "Klitschko (52-3, 46 KOs)" beside it does): one figure, one reading.
        // Only a holder: a shared word with another member is too weak to vouch for this one.
        return c.members.some((o, j) => j !== i && sameFigure(o.quantity, other.quantity) && sameHolder(item, o));
      }),
    );
    if (home) {
      home.members.push(item);
      home.signatures.push(signature);
    } else clusters.push({ members: [item], signatures: [signature] });
  }
  const memberLists = clusters.filter((c) => c.members.length > 1).map((c) => c.members);
  memberLists.push(...shareLinks(clusters));
  const groups: QuantityGroup[] = [];
  const discrepancies: Discrepancy[] = [];
  for (const members of memberLists) {
    const { verdict, explanation, concept } = explainGroup(members);
    const keys = members.map((m) => m.key);
    groups.push({
      id: `g${groups.length + 1}`,
      concept,
      unit: members[0].quantity.unit,
      members: keys,
      verdict,
      explanation,
    });
    if (verdict !== null) discrepancies.push({ members: keys, verdict, explanation });
  }
  return { groups, discrepancies };
}

/** The concept's signature, plus the events the words around the figure add ("shot one person dead": died). */
export function itemSignature(item: CompareItem): Signature {
  const { events, toll, governing, manner } = eventsOf(item);
  // "the death toll has risen to 17": people who died, whatever words the concept phrase kept ("risen to").
  if (toll)
    return {
      unit: "person",
      events: new Set(["die"]),
      names: new Set(),
      words: new Set(),
      subset: false,
      designations: new Set(),
    };
  const signature = byManner(accused(signatureOf(item.quantity.concept, item.quantity.unit), events), manner);
  // "then missed nine games before coming back": the verb before the figure says what happened, known event or not.
  if (events.size === 0 && governing === null) return signature;
  const all = new Set([...signature.events, ...events]);
  if (governing !== null) all.add(governing);
  return { ...signature, events: settleShooting(all) };
}

/**
 * "51 wins coming by way of knockout": the things counted came by another counted noun, which the concept phrase cut
 * off ("wins coming by way"); they are counted as that noun is (knockouts), as signature.ts reads "wins by knockout".
 */
function byManner(signature: Signature, manner: string | null): Signature {
  const cls = manner === null ? undefined : UNIT_CLASSES[manner];
  if (signature.unit === null || cls === undefined || GENERIC_UNITS.has(cls) || cls === signature.unit)
    return signature;
  return { ...signature, unit: cls };
}

/**
 * "Eleven other FLDS men charged with crimes", "12 other FLDS defendants charged": the people a legal step befell are
 * one class, the accused, whatever noun names them. Not when the verb right before the figure befell it ("killed one
 * man ... has been charged": the victim, the phrase's "charged" is the killer's).
 */
function accused(signature: Signature, around: Set<string>): Signature {
  if (signature.unit === null || !ACCUSED_NOUNS.has(signature.unit)) return signature;
  if (![...signature.events].some((e) => LEGAL_EVENTS.has(e))) return signature;
  if ([...around].some((e) => !LEGAL_EVENTS.has(e))) return signature;
  return { ...signature, unit: "accused" };
}

/**
 * One source in one document giving two incompatible figures for one noun is, in news text, almost always counting
 * two things (two players' points, two laptop models' screens, two fighters' punches) rather than contradicting
 * itself: measured on the 844 ECB+ articles, such pairs were nearly all of the false in-document conflicts.
 * Discrepancies worth an editor's time are between sources, or across documents.
 */
function selfContradiction(a: CompareItem, b: CompareItem): boolean {
  if (a.documentId !== b.documentId || a.claim.source.name !== b.claim.source.name) return false;
  return pairVerdict(a, b) === "conflict";
}

/**
 * "a 36-yard field goal", "the 15-inch MacBook", "a seven-year offer": a measure written as an adjective names which
 * thing is meant (a play, a model, an offer); another value is another thing, not a disagreement. So does a duration
 * after "noun of" ("his girlfriend of seven years").
 */
function attributive(item: CompareItem): boolean {
  if (contextOf(item).attributive) return true;
  return item.quantity.modifier !== "fraction" && /^[\p{L}\p{N}.,]+-\p{L}+$/u.test(item.quantity.text.trim());
}

/** "about 200ft (60m)": one figure written in two units of one measure. */
function converted(a: CompareItem, b: CompareItem): boolean {
  return convertible(a.quantity, b.quantity) && isConversion(a.quantity, b.quantity);
}

function sameClaim(a: CompareItem, b: CompareItem): boolean {
  return a.documentId === b.documentId && a.claim.id === b.claim.id;
}

/** A lone share of a whole, paired with the first related "N of M" figure. */
function shareLinks(clusters: Cluster[]): CompareItem[][] {
  const links: CompareItem[][] = [];
  const ofForms = clusters.filter((c) => c.members[0].quantity.of !== null);
  for (const lone of clusters) {
    const item = lone.members[0];
    if (lone.members.length > 1 || item.quantity.of !== null || !isShare(item.quantity)) continue;
    const partner = ofForms.find((c) => linked(item, lone.signatures[0], c.members[0], c.signatures[0]));
    if (partner) links.push([item, partner.members[0]]);
  }
  return links;
}

function linked(a: CompareItem, sa: Signature, b: CompareItem, sb: Signature): boolean {
  if (a.documentId !== b.documentId && !sameEvent(a.event, b.event)) return false;
  if (related(sa, sb)) return true;
  // Inside one document the sentences around both figures tell whether they describe the same spread.
  if (a.documentId !== b.documentId) return false;
  return related(signatureOf(a.claim.text, null), signatureOf(b.claim.text, null));
}

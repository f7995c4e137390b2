/**
 * Issue 10, "Why": the attribution patterns of ordinary US/UK news that came out wrong when a new user tried the
 * extractor on articles nobody here wrote. One row per pattern: a short document, a figure in it, and who the claim
 * holding that figure must be credited to (name pattern, and kind where the issue names one). All rows but two
 * failed on the extractor before the attribution grammar (e54865b); the inverted "said Julie Miller, who ..." and
 * "put the toll at" already held and stay as guards (their labels are tested in claim-labels.test.ts).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";
import type { SourceKind } from "@/lib/extract/schema.ts";

interface Row {
  /** What the row is about. */
  pattern: string;
  text: string;
  /** Surface text of the figure (a substring of one extracted quantity). */
  figure: string;
  /** The source the claim holding the figure is credited to. */
  source: RegExp;
  kind?: SourceKind;
}

const ROWS: Row[] = [
  {
    pattern: "trailing '..., the fire service said' (a source noun outside any lexicon)",
    text: "At least 12 workers were killed in the fire, the fire service said.",
    figure: "12 workers",
    source: /^fire service$/i,
    kind: "organization",
  },
  {
    pattern: "'according to the fire service'",
    text: "At least 12 workers were killed in the fire, according to the fire service.",
    figure: "12 workers",
    source: /^fire service$/i,
  },
  {
    pattern: "'Doctors at the hospital's burn unit said' (possessive and of/at-phrase in the subject)",
    text: "Doctors at the hospital's burn unit said 41 patients were being treated.",
    figure: "41 patients",
    source: /^doctors/i,
  },
  {
    pattern: "'The Solidarity Center, a labor rights group, counted' (apposition; count reports a figure)",
    text: "The Solidarity Center, a labor rights group, counted 27 fires in garment factories last year.",
    figure: "27 fires",
    source: /^Solidarity Center$/,
    kind: "organization",
  },
  {
    pattern: "'The association said' resolves to the association named before (BGMEA)",
    text:
      "The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said 3,500 factories were open. " +
      "Exports fell in March. The association said 40 factories were closed.",
    figure: "40 factories",
    source: /^Bangladesh Garment Manufacturers and Exporters Association$/,
    kind: "organization",
  },
  {
    pattern: "'the union said' resolves to the union named before",
    text: "The National Garment Workers Union called a strike on Monday. Talks failed. The union said 200 workers had been fired.",
    figure: "200 workers",
    source: /^National Garment Workers Union$/,
  },
  {
    pattern: "'the company said' resolves to the named business that spoke before (Microsoft), not 'Company'",
    text:
      "Microsoft said attacks had been reported on 3 versions of the browser. The patch is temporary. " +
      "It will reach 40 million users this week, the company said.",
    figure: "40 million users",
    source: /^Microsoft$/,
    kind: "organization",
  },
  {
    pattern: "'the newspaper said' resolves to the named newspaper that spoke before (ECB+ 38_7: was 'Newspaper')",
    text:
      "The Lakeport Press Democrat reported that the quake struck at dawn. Crews were out all day. " +
      "The newspaper said 12 homes were damaged.",
    figure: "12 homes",
    source: /^Lakeport Press Democrat$/,
    kind: "outlet",
  },
  {
    pattern: "'the daily said' resolves to a newspaper named by a final word ('Courant')",
    text: "The Hartford Courant reported the fire on Monday. The daily said 40 people were evacuated.",
    figure: "40 people",
    source: /^Hartford Courant$/,
    kind: "outlet",
  },
  {
    pattern: "'it was reported that' is a report nobody is named for, like 'reportedly' (ECB+ 34_4)",
    text: "On Friday, it was reported that the agency sent 12 rules to the White House.",
    figure: "12 rules",
    source: /^Unnamed reports$/,
  },
  {
    pattern: "'which police have said' names the police, not 'Which police' (ECB+ 14_6)",
    text: "Crews searched the ruins of the warehouse, which police have said they are treating as arson after 3 deaths.",
    figure: "3 deaths",
    source: /^Police$/,
  },
  {
    pattern:
      "'... and police said on Saturday they ...': the subject after 'and' when the run starts with it (ECB+ 14_6)",
    text: "Many nearby roads were cordoned off and police said on Saturday they would stay closed for 12 days.",
    figure: "12 days",
    source: /^Police$/,
  },
  {
    pattern:
      "a headline's capitalized descriptor before a person named elsewhere is no part of the name (PolNeAR train: 'Billionaire Donald Trump')",
    text: "Ana Ortiz spoke in Lakeport on Monday. Billionaire Ana Ortiz said 40 people came.",
    figure: "40 people",
    source: /^Ana Ortiz$/,
    kind: "person",
  },
  {
    pattern:
      "a business named with a trade word ('France Telecom') is an organization, and 'the firm' refers back to it",
    text:
      "France Telecom said three undersea cables were damaged. Repairs will take weeks. " +
      "Traffic to India fell by 65 percent, the firm said.",
    figure: "65 percent",
    source: /^France Telecom$/,
    kind: "organization",
  },
  {
    pattern: "'he said' is the player, not a league read as a person ('Missouri Valley Conference')",
    text:
      "Gregory Echenique scored 11 points as Creighton beat the Missouri Valley Conference leaders.\n\n" +
      "Six of his points came after Echenique got roughed up — tackled, he said — while cutting toward the basket.",
    figure: "Six of his points",
    source: /^Gregory Echenique$/,
    kind: "person",
  },
  {
    pattern: "'he wrote' is the person the text named last, by surname too, never a film title in quotation marks",
    text:
      "Chris Weitz will direct the sequel after Catherine Hardwicke left.\n\n" +
      'Weitz has directed the fantasy adventure "The Golden Compass."\n\n' +
      '"I promise to keep all 4 books in mind," he wrote in a letter to fans.',
    figure: "4 books",
    source: /^Chris Weitz$/,
    kind: "person",
  },
  {
    pattern: "'X said ..., she told the Post': the trailing pronoun is X, named earlier in the sentence",
    text:
      "Mark Felt died on Friday. His daughter Joan Felt said her father ate 2 eggs before he went to sleep, " +
      "she told the Washington Post.",
    figure: "2 eggs",
    source: /^Joan Felt$/,
    kind: "person",
  },
  {
    pattern: "a hyphenated brand ('T-Mobile') is an organization, not a person",
    text: "T-Mobile said it will launch 3 phones in February.",
    figure: "3 phones",
    source: /^T-Mobile$/,
    kind: "organization",
  },
  {
    pattern:
      "one word of a person's name written in full ('Doug' of 'Doug McDermott') is a person, not an organization",
    text:
      "Doug McDermott and his father Greg McDermott both spoke after the game.\n\n" +
      "“We hit 12 of our last 15 shots,” Doug said.",
    figure: "12 of our last 15 shots",
    source: /^Doug$/,
    kind: "person",
  },
  {
    pattern: "'the company says' is not a person whose surname was read as an organization",
    text:
      "Nabisco began laying off workers, despite criticism from Hillary Clinton and Donald Trump.\n\n" +
      "Republican Trump and Democrat Clinton have criticized Nabisco.\n\n" +
      "Trump, who was once a pitchman for the Oreo, has vowed to boycott the product.\n\n" +
      "The company says it opted not to because of the $46 million cost gap.",
    figure: "$46 million",
    source: /^company$/i,
  },
  {
    pattern: "'the company says' is not a foundation or another public body that spoke before",
    text: "The Sierra Club Foundation said 30 rivers were polluted. The company says it cleaned 4 of them.",
    figure: "4",
    source: /^company$/i,
  },
  {
    pattern: "'Workers' groups said' keeps the possessive (not 'Groups')",
    text: "Workers' groups said 15 people were missing.",
    figure: "15 people",
    source: /^workers[’']? groups$/i,
  },
  {
    pattern: "two-apostrophe quotes ``...'' with an apposition after the speaker",
    text: "``The tax cuts go mostly to the top 1 percent,'' Lily Batchelder, a tax expert at New York University, said.",
    figure: "1 percent",
    source: /^Lily Batchelder$/,
    kind: "person",
  },
  {
    pattern: "curly single quotes split by the attribution",
    text: "‘We lost 30 percent of our customers,’ the owner said, ‘and we will lose more.’",
    figure: "30 percent",
    source: /^owner$/i,
  },
  {
    pattern: "a quote continuing after 'Mr. Trump said in Naples.' belongs to Trump",
    text: '"I hope they help me," Mr. Trump said in Naples. "I will sign 10 bills in my first 100 days."',
    figure: "10 bills",
    source: /Trump$/,
  },
  {
    pattern: "a quote continuing over sentences until it closes",
    text: '"We are ready," Ms. Clinton said. "It will not be easy. We need 60 votes in the Senate."',
    figure: "60 votes",
    source: /Clinton$/,
  },
  {
    pattern: "a quotation over sentences whose speaker is named where it closes",
    text: '"I am 51, and we have never seen 3 candidates like this. It is amazing," said Tom Burke.',
    figure: "3 candidates",
    source: /^Tom Burke$/,
  },
  {
    pattern: "', according to an Associated Press analysis.' at the end of a sentence",
    text: "Wages rose 3 percent last year, according to an Associated Press analysis.",
    figure: "3 percent",
    source: /^Associated Press$/,
    kind: "outlet",
  },
  {
    pattern: "'new government data showed' (data is a document source)",
    text: "Unemployment fell to 4.9 percent in October, new government data showed.",
    figure: "4.9 percent",
    source: /government data/i,
    kind: "document",
  },
  {
    pattern: "'a Gallup poll found' (a poll is a source of kind poll)",
    text: "A Gallup poll found that 45 percent of voters approve of the plan.",
    figure: "45 percent",
    source: /^Gallup poll$/i,
    kind: "poll",
  },
  {
    pattern: "'tax returns show' (documents are sources)",
    text: "Tax returns show that he paid $38 million in taxes.",
    figure: "$38 million",
    source: /^tax returns$/i,
    kind: "document",
  },
  {
    pattern: "'King said he ...' (a one-word name the article never writes in full is a person when 'he' follows)",
    text: "King said he had fired 2 coaches after the season.",
    figure: "2 coaches",
    source: /^King$/,
    kind: "person",
  },
  {
    pattern: "'Obama says that he ...' (the pronoun may follow 'that')",
    text: "Obama says that he will reverse 12 of the rules.",
    figure: "12",
    source: /^Obama$/,
    kind: "person",
  },
  {
    pattern:
      "'Obama said ...' then 'President Obama said ...' (a lone word first read as an organization is the person a later title names, in every claim)",
    text: "Obama said the rule would be reversed within 60 days. On Tuesday, President Obama said 12 rules would be reviewed.",
    figure: "60 days",
    source: /^Obama$/,
    kind: "official",
  },
  {
    pattern: "'Microsoft said ...' twice stays an organization",
    text: "Microsoft said it sold 5 million copies. Microsoft said it would hire more staff.",
    figure: "5 million copies",
    source: /^Microsoft$/,
    kind: "organization",
  },
  {
    pattern: "'general manager A.J. Smith said' (initials before a surname are a person's, not an acronym's)",
    text: "Team general manager A.J. Smith said 2 players were hurt.",
    figure: "2 players",
    source: /^A\.J\. Smith$/,
    kind: "person",
  },
  {
    pattern: "'ESPN.com first reported ...' (a site name is one name, not a sentence end and 'Com')",
    text: "ESPN.com first reported that 3 players were hurt.",
    figure: "3 players",
    source: /^ESPN\.com$/,
  },
  {
    pattern:
      "'The outcome showed ...', 'Handwritten ledgers show ...' (a result or a ledger is a document; PolNeAR train)",
    text: "The outcome showed Clinton had received 49.84 percent while Sanders received 49.59 percent.",
    figure: "49.84 percent",
    source: /^outcome$/i,
    kind: "document",
  },
  {
    pattern: "'..., said Julie Miller, who worked ...' (inverted speaker with a relative clause)",
    text: '"We lost 30 percent of our customers," said Julie Miller, who worked at the plant for 20 years.',
    figure: "30 percent",
    source: /^Julie Miller$/,
    kind: "person",
  },
  {
    pattern: "'the police put the toll at' (put ... at reports a figure)",
    text: "Rescue workers searched the rubble. The police put the death toll at 38.",
    figure: "38",
    source: /^police$/i,
    kind: "official",
  },
  {
    pattern: "'the ministry estimated' after the ministry was named",
    text: "The Health Ministry of Bangladesh opened a hotline. The ministry estimated that 1,200 people were injured.",
    figure: "1,200 people",
    source: /^Health Ministry of Bangladesh$/,
  },
];

/** Poll, document and clause constructions met in PolNeAR's train split (sentences written for this test). */
const POLL_ROWS: Row[] = [
  {
    pattern: "a poll with a participle after it: 'A Register poll released Saturday found that'",
    text: "A Des Moines Register/Bloomberg Politics poll released Saturday found that 28 percent of voters backed him.",
    figure: "28 percent",
    source: /poll$/i,
    kind: "poll",
  },
  {
    pattern: "'Polls show' without a that-clause",
    text: "Polls show Clinton up by 10 points in the next major contest.",
    figure: "10 points",
    source: /^polls$/i,
    kind: "poll",
  },
  {
    pattern: "a prepositional poll: 'In a CBS News poll, ...'",
    text: "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.",
    figure: "32 percent",
    source: /^CBS News poll$/,
    kind: "poll",
  },
  {
    pattern: "a parenthetical ', records show,' covers what precedes it",
    text: "The aircraft was insured at a value of $35 million in 2011, records show, and experts say it is worth less.",
    figure: "$35 million",
    source: /^records$/i,
    kind: "document",
  },
  {
    pattern: "'according to Federal Communications Commission records' (the body named before the document)",
    text: "Bush is paying $75 to run a spot during the local news, according to Federal Communications Commission records.",
    figure: "$75",
    source: /^Federal Communications Commission$/,
  },
  {
    pattern: "'according to the average of recent polls' (the of-phrase says it is a poll)",
    text: "Clinton leads Trump by 45.4 percent to 42 percent, according to the average of recent polls.",
    figure: "45.4 percent",
    source: /polls$/i,
    kind: "poll",
  },
  {
    pattern: "a relative clause ', who announced ...,' is the antecedent's, and only the clause",
    text: "Hillary Clinton, who announced a $275 billion infrastructure plan on Monday, plans to visit 3 states.",
    figure: "$275 billion",
    source: /^Hillary Clinton$/,
  },
  {
    pattern: "'Bloomberg estimates X at' (a name, then the -s form, is a verb)",
    text: "Bloomberg estimates Mr. Kamprad's fortune at about $42 billion.",
    figure: "$42 billion",
    source: /^Bloomberg$/,
  },
  {
    pattern: "a trailing attribution with a time adjunct and a dash after it",
    text: "Deficits will rise by 8 percent, the Congressional Budget Office reported on Tuesday -- a development that matters.",
    figure: "8 percent",
    source: /Congressional Budget Office$/,
  },
  {
    pattern: "a cue of its own inside a quotation that runs on names the inner speaker",
    text: '"As we have explained before, the figure is an estimate. Then, in 2017, Kerry said that 100,000 would be accepted.',
    figure: "100,000",
    source: /^Kerry$/,
  },
];

describe("attribution on real-news patterns (issue 10)", () => {
  it.each(POLL_ROWS.map((r) => [r.pattern, r] as const))("grammar: %s", (_pattern, row) => {
    const out = analyze({ id: "row", text: row.text });
    const q = out.quantities.find((x) => x.text.includes(row.figure) || row.figure.includes(x.text));
    expect(q, `figure ${row.figure} in ${JSON.stringify(out.quantities.map((x) => x.text))}`).toBeDefined();
    const claim = out.claims.find((c) => c.id === q?.claimId);
    expect(claim?.source.name, JSON.stringify(claim?.source)).toMatch(row.source);
    if (row.kind) expect(claim?.source.kind).toBe(row.kind);
  });

  it.each(ROWS.map((r) => [r.pattern, r] as const))("%s", (_pattern, row) => {
    const out = analyze({ id: "row", text: row.text });
    const q = out.quantities.find((x) => x.text.includes(row.figure) || row.figure.includes(x.text));
    expect(q, `figure ${row.figure} in ${JSON.stringify(out.quantities.map((x) => x.text))}`).toBeDefined();
    const claim = out.claims.find((c) => c.id === q?.claimId);
    expect(claim?.source.name, JSON.stringify(claim?.source)).toMatch(row.source);
    if (row.kind) expect(claim?.source.kind).toBe(row.kind);
  });

  it("extracts 'He cannot.' and 'We cannot, and will not.' without throwing", () => {
    expect(() => analyze({ id: "cannot", text: "He cannot. We cannot, and will not." })).not.toThrow();
  });
});

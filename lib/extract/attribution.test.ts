/**
 * Attribution on wire-style sentences written for this test (not from the reference article). Each case is a short
 * document; `at` picks the sentence whose attribution is checked (default: the last one).
 */
import { describe, expect, it } from "vitest";
import { attributeSentences } from "./attribution.ts";
import type { SourceKind } from "./schema.ts";
import { segment } from "./segment.ts";
import { createSourceRegistry } from "./sources.ts";

interface Case {
  text: string;
  at?: number;
  name: string | null;
  kind?: SourceKind;
  affiliation?: string | null;
  cue?: string;
}

const cases: Case[] = [
  { text: "Police said three people were killed in the blast.", name: "Police", kind: "official", cue: "said" },
  { text: "The fire was started deliberately, police said.", name: "police", kind: "official", cue: "said" },
  {
    text: "At least 45 people died, according to the health ministry.",
    name: "health ministry",
    kind: "official",
    cue: "according to",
  },
  {
    text: "A spokesman for the Interior Ministry told AFP that the border had been closed.",
    name: "Spokesman for the Interior Ministry",
    kind: "official",
    affiliation: "Interior Ministry",
    cue: "told",
  },
  {
    text: "“The situation is under control,” said John Smith, a spokesman for the city council.",
    name: "John Smith",
    kind: "official",
    cue: "said",
  },
  {
    text: "Maria Lopez, a nurse at St. Mary's Hospital, described the scene. “We had nowhere to put them,” she said.",
    name: "Maria Lopez",
    kind: "person",
    cue: "said",
  },
  {
    text: "Health Minister Jane Doe said the outbreak was contained. She added that 12 new cases had been found.",
    name: "Jane Doe",
    kind: "official",
    cue: "added",
  },
  {
    text: "Economist Raj Patel of the University of Chicago said inflation would ease. Patel warned that rents could rise.",
    name: "Raj Patel",
    kind: "person",
    affiliation: "University of Chicago",
    cue: "warned",
  },
  { text: "Officials said the death toll had risen to 30.", name: "Officials", kind: "official", cue: "said" },
  {
    text: "Sources close to the investigation said the suspect had fled the country.",
    name: "Sources",
    kind: "anonymous",
    cue: "said",
  },
  { text: "Two witnesses told Reuters they heard gunfire.", name: "witnesses", kind: "anonymous", cue: "told" },
  {
    text: "According to Amnesty International, at least 300 people were detained.",
    name: "Amnesty International",
    kind: "organization",
    cue: "According to",
  },
  { text: "Reuters reported that the talks had stalled.", name: "Reuters", kind: "outlet", cue: "reported" },
  {
    text: "The New York Times reported on Sunday that the deal was close.",
    name: "New York Times",
    kind: "outlet",
    cue: "reported",
  },
  { text: "Mr. Johnson, 54, said he was innocent.", name: "Johnson", kind: "person", cue: "said" },
  {
    text: "The ministry issued a statement on Monday, saying 12 soldiers had been killed.",
    name: "ministry",
    kind: "official",
    cue: "saying",
  },
  {
    text: "The attack was condemned by the United Nations as a violation of international law.",
    name: "United Nations",
    kind: "organization",
    cue: "condemned",
  },
  {
    text: "A senior official (who asked not to be named) told Reuters the talks had stalled.",
    name: "senior official",
    kind: "official",
    cue: "told",
  },
  {
    text: "The World Health Organization said on Tuesday that the outbreak was over. It added that vaccination would continue.",
    name: "World Health Organization",
    kind: "organization",
    cue: "added",
  },
  {
    text: "Ana Ruiz, who lives across the street, said she heard two shots.",
    name: "Ana Ruiz",
    kind: "person",
    cue: "said",
  },
  {
    text: "“We are not giving up,” said state Sen. Mark Hale, a Democrat from the valley.",
    name: "Mark Hale",
    kind: "official",
    cue: "said",
  },
  {
    text: "“It was chaos,” head coach Dana White said after the game.",
    name: "Dana White",
    kind: "person",
    cue: "said",
  },
  { text: "“Nobody expected this,” he said.", name: "Unnamed speaker", kind: "anonymous", cue: "said" },
  {
    text: "Community leaders and local lawmakers said the plant should close.",
    name: "Community leaders and local lawmakers",
    kind: "anonymous",
    cue: "said",
  },
  // A trailing attribution covers the sentence, even after a weaker cue or a verb inside a quote.
  {
    text: "Officers found that the rifle was loaded, Sgt. Ray Cole said.",
    name: "Ray Cole",
    kind: "official",
    cue: "said",
  },
  {
    text: "“They would never testify against him,” prosecutor Ann Marsh said.",
    name: "Ann Marsh",
    kind: "official",
    cue: "said",
  },
  { text: "The singer hid in a closet for an hour, TMZ reported.", name: "TMZ", kind: "outlet", cue: "reported" },
  {
    text: "Michael Brandt reports that the club has made an offer.",
    name: "Michael Brandt",
    kind: "person",
    cue: "reports",
  },
  // A surname resolves to a full name seen anywhere earlier, not only in an attribution.
  {
    text: "The film is directed by Paula Reyes. Reyes stated that shooting would start in May.",
    name: "Paula Reyes",
    kind: "person",
    cue: "stated",
  },
  {
    text: "Prices rose sharply last month and coach Dan Ortiz said the club would cut ticket prices.",
    name: "Dan Ortiz",
    kind: "person",
    cue: "said",
  },
  {
    text: "London-based Global Witness said in a report that the mine had polluted the river.",
    name: "Global Witness",
    cue: "said",
  },
  { text: "“We were lucky,” said Moreno yesterday.", name: "Moreno", cue: "said" },
  {
    text: "Jackson, in a statement released through his agent, said he regretted the incident.",
    name: "Jackson",
    cue: "said",
  },
  {
    text: "Maria Petrou, a 70-year-old pensioner who lives on 600 euros a month, said the cuts were unfair.",
    name: "Maria Petrou",
    kind: "person",
    cue: "said",
  },
  {
    text: "Bureau of Prisons spokesman Al Ruiz said the inmate died on Monday.",
    name: "Al Ruiz",
    kind: "official",
    affiliation: "Bureau of Prisons",
    cue: "said",
  },
  {
    text: "When Ortega finally told the board he would stay, the room applauded.",
    name: "Ortega",
    cue: "told",
  },
  {
    text: "A 4.6 earthquake rattled the valley early Thursday, according to the U.S. Geological Survey.",
    name: "U.S. Geological Survey",
    kind: "organization",
    cue: "according to",
  },
  {
    text: "In Oregon, the rule is particularly crucial, said Mark Rowe, state director of the River Coalition, an alliance of 50 groups.",
    name: "Mark Rowe",
    cue: "said",
  },
  {
    text: "Citing people familiar with the matter, the Journal said the deal was close.",
    name: "Journal",
    kind: "outlet",
  },
  {
    text: "Although Diaz has not commented on the matter, the Post claims that he wants the job.",
    name: "Post",
    kind: "outlet",
    cue: "claims",
  },
  {
    text: "Dr. Alan Marsh testified for the defense. Nurse Maria Vance said she saw the patient. He said the wound was fresh.",
    name: "Alan Marsh",
    cue: "said",
  },
  {
    text: "Police said the building was empty. Owner Sam Dutt arrived at dawn. He said the fire started in the kitchen.",
    name: "Sam Dutt",
    cue: "said",
  },
  {
    text: "“He knew he would be caught,” Undersheriff Jim Gale said.",
    name: "Jim Gale",
    kind: "official",
    cue: "said",
  },
  { text: "The driver fled the scene, the DA said.", name: "DA", kind: "official", cue: "said" },
  {
    text: "The Academy of Motion Picture Arts and Sciences announced Friday that the host would return.",
    name: "Academy of Motion Picture Arts and Sciences",
    kind: "organization",
    cue: "announced",
  },
  { text: "Fanning said the gunman entered the party around 4 p.m.", name: "Fanning", cue: "said" },
  // A named owner of a tool or a report is the source (issue 10, PolNeAR train misses).
  {
    text: "The campaign spent $4 million on radio ads, according to Medialytics Group's weekly ad tracker.",
    name: "Medialytics Group",
    cue: "according to",
  },
  { text: "Turnout reached 61 percent, according to a new Harbor Research poll.", name: "Harbor Research poll" },
  {
    text: "The Transport Department calculates that 2.1 million drivers will pay the new toll.",
    name: "Transport Department",
    cue: "calculates",
  },
  // A participle phrase or a participial appositive between the subject and its verb.
  {
    text: "A Coastline Radio poll, conducted jointly with two universities, shows the mayor with 52 percent.",
    name: "Coastline Radio poll",
    kind: "poll",
    cue: "shows",
  },
  {
    text: "The survey, released on Monday by the county, showed 38 percent of tenants behind on rent.",
    name: "Survey",
    kind: "poll",
  },
  { text: "Ana Ruiz, a ferry passenger based in Vigo, said she waited four hours.", name: "Ana Ruiz", cue: "said" },
  // ... but a clause between commas is not an appositive.
  { text: "In Galicia, the ferry line is vital, said Ana Ruiz, a commuter.", name: "Ana Ruiz", cue: "said" },
  // The body a poll or document comes from is the source; a hyphenated adverb stays in the phrase.
  {
    text: "According to a just-released poll from Ridgeway College, the mayor leads by 9 points.",
    name: "Ridgeway College",
    cue: "According to",
  },
  { text: "The mayor leads by 9 points, according to the Harbor Pollster average.", name: "Harbor Pollster average" },
  // "state" after a preposition is a noun ("secretary of state"), not the verb: the trailing cue decides.
  {
    text: "The secretary of state earned $300,000 for 12 speeches last year, according to the Harbor Ledger.",
    name: "Harbor Ledger",
    cue: "according to",
  },
  // A name after a dash, then a colon opening a quotation: the quotation is that person's.
  {
    text: "Rents climb again - Marta Ilves: “Our survey finds 40 percent of tenants pay more than half their income.”",
    name: "Marta Ilves",
  },
  // ... but a colon after a clause is not a speaker's.
  { text: "The council met on Monday and approved the plan: “40 new homes.”", name: null },
  // Subjects with modifiers between the head and the verb: a participle adjective, a participle phrase, an of-phrase,
  // a relative clause without commas, stacked interjections.
  { text: "A Marist rolling survey shows the mayor at 44 percent.", name: "Marist rolling survey", kind: "poll" },
  { text: "The audit released Friday showed that 30 schools had overspent.", name: "Audit", kind: "document" },
  {
    text: "Early results of the exit polls conducted by Edison show 7 in 10 voters backed the measure.",
    name: "Early results of the exit polls",
    kind: "poll",
  },
  {
    text: "The county officials whose budgets were cut say the shortfall tops $4 million.",
    name: "County officials",
    cue: "say",
  },
  { text: "A person familiar with the talks says the deal covers 12 plants.", name: "Person", cue: "says" },
  {
    text: "Nadia Perez, 52, who runs a bakery on Main Street, told reporters that sales fell 20 percent.",
    name: "Nadia Perez",
    cue: "told",
  },
  {
    text: "Omar Haddad, 39, a driver from Leeds, told the BBC that he waited six hours.",
    name: "Omar Haddad",
    cue: "told",
  },
  // A name whose first letter is lower case ("eMarketer", "comScore") is still a name.
  { text: "Sales rose 8 percent last year, according to new data from eMarketer.", name: "eMarketer" },
  // "found" with a clause that has no "that": a subject, then a finite verb.
  {
    text: "In a review of the ledgers, the Tribune found the city paid 40 contractors twice.",
    name: "Tribune",
    cue: "found",
  },
  { text: "Investigators found the car parked outside a motel.", name: null },
  { text: "Police found the body dumped in a river near 12 houses.", name: null },
  // A quotation inside a clause, with no reporting verb, is the clause subject's words; a scare quote is not.
  {
    text: "Mayor Ellen Cho promised on Monday to end “a $40 million giveaway to developers.”",
    name: "Ellen Cho",
    cue: "promised",
  },
  {
    text: "The Herald lists the numbers: “Of its 9,100 members, 4,200 left last year.”",
    name: "Herald",
    cue: "lists",
  },
  { text: "The so-called “reform” cost 12 jobs.", name: null },
  // A carrier or speaker noun with a participle phrase; "put ... at" a figure; "project"; time words before the verb;
  // a participle after a clause whose verb is "be"; a subject after "which".
  { text: "The statement issued Monday showed that 14 wards had closed.", name: "Statement", cue: "showed" },
  { text: "Bloomberg put her fortune at $3.2 billion.", name: "Bloomberg", cue: "put" },
  {
    text: "A 2019 estimate by the Tax Policy Center projected that the plan would cost $80 billion.",
    name: "Tax Policy Center",
    cue: "projected",
  },
  { text: "Gomez earlier Tuesday said the board had held 40 hearings.", name: "Gomez", cue: "said" },
  { text: "Sato is more cautious, saying she favors a $9 wage.", name: "Sato", cue: "saying" },
  {
    text: "The mailing list, which the campaign says includes 2.7 million donors, is a prized asset.",
    name: "Campaign",
    cue: "says",
  },
  // A stated position is its subject's: proposals, pledges, forecasts, blame, citations.
  { text: "Senator Ana Ruiz pledged to hire 2,000 more officers.", name: "Ana Ruiz", cue: "pledged" },
  { text: "The mayor proposed a $12 minimum wage.", name: "Mayor", cue: "proposed" },
  { text: "Organizers expect 40,000 visitors this weekend.", name: "Organizers", cue: "expect" },
  // A share of respondents speaks for the poll the sentence names (or the last one named), never for itself.
  {
    text: "Sixty-two percent of residents said the tax was too high in a Marist survey released Tuesday.",
    name: "Marist survey",
    kind: "poll",
  },
  {
    text: "In a Monmouth University Poll last week, 41 percent of voters said they backed the measure.",
    name: "Monmouth University Poll",
    kind: "poll",
  },
  {
    text: "A Gallup poll found support at 55 percent. Only 30 percent said they trusted Congress.",
    name: "Gallup poll",
    kind: "poll",
  },
  { text: "About 40 percent said they would vote.", name: null },
  // A quotation that runs on after "..., said X (D-Pa.), a backer." is X's; "tweeted" reports.
  {
    text: '"It is late," said Sen. Mary Ruiz (D-Pa.), a party elder. "You cannot have 30 people call and start lecturing."',
    name: "Mary Ruiz",
  },
  {
    text: '"Deporting 11 million people is absurd. No." Clinton tweeted, quoting a reporter.',
    at: 0,
    name: "Clinton",
    cue: "tweeted",
  },
  // A paragraph ending in a cue and a colon introduces the next paragraph, and only that one.
  {
    text: "Fox News reports:\n\nAt least 4 classified emails had their markings changed.",
    name: "Fox News",
    kind: "outlet",
    cue: "reports",
  },
  {
    text: "In a statement, Soerens argued that:\n\nOnly 2,200 Syrians have been admitted in the past four years.",
    name: "Soerens",
    cue: "argued",
  },
  {
    text: '"He is dangerous!" said Tom Burke, who is coming to organize a rally. "I am 51, and I have never seen this."',
    name: "Tom Burke",
    kind: "person",
    cue: "said",
  },
  // A verb that opens a quotation right after a comma or a colon, a quoting verb after a closed quotation.
  {
    text: "Glenn Beck spoke on Monday. He continued, “I have never heard of anyone who destroyed 34,000 records.”",
    name: "Glenn Beck",
    cue: "continued",
  },
  { text: "“The ones who have been here 20 years,” Trump asked.", name: "Trump", cue: "asked" },
  { text: "“Is it 20 years?” asked Mr. Trump.", name: "Trump", cue: "asked" },
  // Between a name and its verb: a present-participle phrase, an appositive with an infinitive; after an inverted
  // name, a subordinate clause.
  {
    text: "Judge David McKeague, writing for the majority in the 2-1 decision, said the 29-day period was generous.",
    name: "David McKeague",
    cue: "said",
  },
  {
    text: "Cruz, the only Republican candidate to campaign in Wyoming, told delegates they could help him win.",
    name: "Cruz",
    cue: "told",
  },
  { text: '"We can win 8,000 votes," said Sanders as he closed out.', name: "Sanders", cue: "said" },
  // A paragraph that is one quotation, after a narrating sentence about a named speaker.
  {
    text: "Groberg spoke about the Sanders camp.\n\n“The Bernie crowd, the 99 percent of them, have never been tested.”",
    name: "Groberg",
  },
  // A verb that places a figure: put, place, peg, list, with the figure after at / as / with, some words away.
  {
    text: "Gallup’s own tracking poll puts Obama’s approval during the first four months of this year at 49.5 percent.",
    name: "Gallup",
    cue: "puts",
  },
  { text: "Forbes lists David and Charles Koch with just under $40 billion each.", name: "Forbes", cue: "lists" },
  { text: "Bloomberg pegged him at $2.9 billion.", name: "Bloomberg", cue: "pegged" },
  // The body a poll, document or carrier comes from or is by, before a verb or after "according to".
  { text: "Data from Nielsen show 40 million visitors.", name: "Nielsen", cue: "show" },
  { text: "New figures from comScore show 40 million visitors.", name: "comScore", cue: "show" },
  { text: "Clinton had 2,205 delegates, according to a tally by the Associated Press.", name: "Associated Press" },
  {
    text: "''I would have been in Siberia,'' Mr. Daniloff, now 81 and retired, said by telephone this week.",
    name: "Daniloff",
    cue: "said",
  },
  // Who is told is never the speaker, even at the end of the sentence.
  {
    text: "''We looked at 40 interviews,'' Google's chief human resources executive, Laszlo Bock, told The New York Times.",
    name: "Laszlo Bock",
    cue: "told",
  },
  // The document's own narration and reasoning: no source.
  { text: "Jane Holt announced as the new host of the show.", name: null },
  { text: "Tyrese Rice added 14 points and Joe Trapani had 12.", name: null },
  { text: "Having told everyone he would shoot, he camped out on the wing.", name: null },
  { text: "The Texas charge against him is a first-degree felony.", name: null },
  { text: "Police found a shotgun and three shells in the car.", name: null },
  { text: "Crews from two stations responded to the blaze within minutes.", name: null },
  { text: "All have denied it.", name: null },
  { text: "Carter, 41, was found guilty of arson last month.", name: null },
  { text: "The crew was told to wait for the storm to pass.", name: null },
  { text: "The bridge collapsed at 6 a.m. on Tuesday, trapping dozens of cars.", name: null },
  { text: "This decision suggests that the government is worried about the economy.", name: null },
  { text: "Israeli forces attacked the crossing, and the road was closed for a week.", name: null },
  { text: "The company plans to say more about the merger next week.", name: null },
  { text: "The report was published in March.", name: null },
  { text: "Reports from the county show 40 contractors.", name: null },
  { text: "The menu lists 12 dishes.", name: null },
  { text: "The crowd cheered for 10 minutes.\n\n“Eight years ago she was the presumed nominee.”", name: null },
  {
    text: "Groberg spoke on Monday.\n\n“It is hard to win 3 states,” said an expert who has worked for his rivals.",
    name: null,
  },
  { text: "The company continued to grow “at 3 percent a year.”", name: null },
  { text: "The family of 4 asked for help.", name: null },
  { text: "Fox News reports:\n\nFour emails had their markings changed.\n\nThe hearing is on 3 May.", name: null },
];

function attributionOf(c: Case) {
  const sentences = segment(c.text);
  const all = attributeSentences(c.text, sentences, createSourceRegistry());
  return all[c.at ?? all.length - 1];
}

describe("attributeSentences on wire-style text", () => {
  it.each(cases.map((c) => [c.text, c] as const))("%s", (_text, c) => {
    const got = attributionOf(c);
    if (c.name === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got, "attributed").not.toBeNull();
    expect(got?.source.name.toLowerCase()).toBe(c.name.toLowerCase());
    if (c.kind) expect(got?.source.kind).toBe(c.kind);
    if (c.affiliation !== undefined) expect(got?.source.affiliation).toBe(c.affiliation);
    if (c.cue) expect(got?.source.cue?.text).toBe(c.cue);
  });

  it("carries a named source through 'these accounts' and a hearsay adverb in the same paragraph", () => {
    const text =
      "Reports from Channel 4 News described the raid. These accounts estimate 40 people were held. They reportedly spent a night in a gym.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got.map((a) => a?.source.name)).toEqual(["Channel 4 News", "Channel 4 News", "Channel 4 News"]);
    expect(got[0]?.source.kind).toBe("outlet");
  });

  it("does not carry a source across a paragraph break", () => {
    const text = "Police said the road was closed.\nThe suspects reportedly fled on foot.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got[1]?.source.name).toBe("Unnamed reports");
    expect(got[1]?.source.kind).toBe("anonymous");
  });

  it("gives every cue span exact offsets", () => {
    for (const c of cases) {
      const cue = attributionOf(c)?.source.cue;
      if (cue) expect(c.text.slice(cue.start, cue.end)).toBe(cue.text);
    }
  });
});

// ADR 019: a description is stored once per document, a name once for all documents.
describe("source scope", () => {
  it.each([
    ["The fire was started deliberately, police said.", "police", "document"],
    ["Police said three people were killed in the blast.", "Police", "document"],
    ["Officials said 12 people died.", "Officials", "document"],
    ["The fire service said three buildings burned.", "Fire service", "document"],
    ["A poll found 52 percent agree.", "Poll", "document"],
    ["The suspects reportedly fled on foot.", "Unnamed reports", "document"],
    ["Gazipur police said nine were held.", "Gazipur police", "global"],
    ["Human Rights Watch said 40 were hurt.", "Human Rights Watch", "global"],
    ["A Gallup poll found 52 percent agree.", "Gallup poll", "global"],
    ["Lisa Daftari said 30 people fled.", "Lisa Daftari", "global"],
  ] as const)("%s", (text, name, scope) => {
    const got = attributionOf({ text, name });
    expect(got?.source.name.toLowerCase()).toBe(name.toLowerCase());
    expect(got?.source.scope).toBe(scope);
  });
});

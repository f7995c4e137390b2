/**
 * Attribution to polls, documents and carriers ("a Harbor Research poll", "data from Nielsen", "a tally by the
 * Associated Press"), to the body they come from, to verbs that place a figure, and shares of respondents.
 */
import { describe, expect, it } from "vitest";
import { attributionOf, type Case, describeCases } from "./table.ts";

const cases: Case[] = [
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
  // The body a poll or document comes from is the source; a hyphenated adverb stays in the phrase.
  {
    text: "According to a just-released poll from Ridgeway College, the mayor leads by 9 points.",
    name: "Ridgeway College",
    cue: "According to",
  },
  { text: "The mayor leads by 9 points, according to the Harbor Pollster average.", name: "Harbor Pollster average" },
  // A name whose first letter is lower case ("eMarketer", "comScore") is still a name.
  { text: "Sales rose 8 percent last year, according to new data from eMarketer.", name: "eMarketer" },
  // A hyphenated initialism is one name (wink cut "A.F.L.-C." + "I.O.": the source was "A.F.L.-C").
  {
    text: "Union members favored him by 20 points, according to polling by the A.F.L.-C.I.O. The vote is in May.",
    at: 0,
    name: "A.F.L.-C.I.O.",
  },
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
  // "Nine in 10 voters", "six out of 10": a share written as a ratio is a share too (PolNeAR train credited "Nine").
  {
    text: "A Gallup poll found support at 55 percent. Nine in 10 voters say they trust the count.",
    name: "Gallup poll",
    kind: "poll",
  },
  { text: "In a Marist survey, six out of 10 said the tax was too high.", name: "Marist survey", kind: "poll" },
  {
    text: "A Marist survey found support at 55 percent. Even so, three-quarters of the voters said they were worried.",
    name: "Marist survey",
    kind: "poll",
  },
  // A count or poll "gives" a candidate a figure; a company giving shares reports nothing.
  { text: "The current Associated Press count gives her 1,280 pledged delegates.", name: "Associated Press" },
  { text: "The poll gave Clinton 45 percent.", name: "poll", kind: "poll" },
  { text: "The company gave him 40 shares.", name: null },
  {
    text: "A Gallup poll found support at 55 percent. The proportion of voters saying they want a ban is 40 percent.",
    name: "Gallup poll",
    kind: "poll",
  },
  // A capitalized "Poll" still heads a poll; a capitalized "Survey" may be a body's name.
  { text: "In a Gallup Poll last week, 40 percent backed the plan.", name: "Gallup Poll", kind: "poll", cue: "In" },
  {
    text: "Obama's approval rating in the latest Harbor-Ridge News Poll stands at 53%.",
    name: "Harbor-Ridge News Poll",
    kind: "poll",
  },
  { text: "The U.S. Geological Survey said 40 quakes hit.", name: "U.S. Geological Survey", kind: "organization" },
  { text: "About 40 percent said they would vote.", name: null },
  { text: "A Gallup poll found support at 55 percent. Half said they trusted Congress.", name: "Gallup poll" },
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
  // A quoted title's author (PolNeAR train: "according to “Perfect Enough: ...” by George Anders").
  { text: "According to “The Long Game” by Ana Ruiz, the campaign spent $4 million.", name: "Ana Ruiz" },
  {
    text: 'One Sunday in 2001, according to "Rise and Fall: A History of the Firm" by George Anders, she called 12 aides.',
    name: "George Anders",
  },
  {
    text: "''I would have been in Siberia,'' Mr. Daniloff, now 81 and retired, said by telephone this week.",
    name: "Daniloff",
    cue: "said",
  },
  // A name's tally opening the sentence; a poll that "has" someone leading.
  { text: "By the Associated Press's tally, he now has 739 to Cruz's 465.", name: "Associated Press", cue: "By" },
  {
    text: "Wednesday's Quinnipiac poll has Clinton leading Trump by just six points (46 percent to 40 percent).",
    name: "Wednesday's Quinnipiac poll",
    kind: "poll",
    cue: "has",
  },
  { text: "The poll has her ahead by 8 points.", name: "Poll", kind: "poll", cue: "has" },
  // Two names joined by "and" before a colon and a quotation.
  {
    text: "Intro.\n\nPOLLS WRONG - Mark Blumenthal and Jon Cohen: “The polls ended early. Trump lost 6 points.”",
    name: "Mark Blumenthal and Jon Cohen",
    cue: ":",
  },
  // ... a cue in the label before the dash does not speak the quotation; "More from" labels a second excerpt.
  {
    text: "Analysts agree - Dana Ortiz: “Turnout fell to 41 percent in the county.”",
    name: "Dana Ortiz",
    cue: ":",
  },
  {
    text: "Turnout drops again -More from Dana Ortiz and Li Wen: “The county closed 12 polling places.”",
    name: "Dana Ortiz and Li Wen",
    cue: ":",
  },
  // One capitalized word will do after a dash when a quotation follows the colon.
  { text: "Rents climb again - Ledgerwatch: “Our survey finds 40 percent of tenants pay more.”", name: "Ledgerwatch" },
  { text: "Market days - Tuesday: 40 stalls open on the square.", name: null },
  // A rule a sentence opens "Under" with states what follows.
  {
    text: "Under Missouri law, candidates trailing by less than 0.5 percent of votes cast have the right to a recount.",
    name: "Missouri law",
    cue: "Under",
  },
  {
    text: "Under the new regulation that was to be issued on Wednesday, workers earning up to $47,476 a year must get overtime.",
    name: "New regulation",
    cue: "Under",
  },
  // "points, according to": "to" makes "point" a cue only right after it.
  {
    text: "Sanders trails Clinton in California by 4 percentage points, according to HuffPost Pollster’s polling average.",
    name: "HuffPost Pollster’s polling average",
    cue: "according to",
  },
  // A poll subject whose name reads as a body's still reports without a content clause.
  {
    text: "A University of New Hampshire poll out this week shows Clinton with an 8-point lead over Trump.",
    name: "University of New Hampshire poll",
    cue: "shows",
  },
  // A poll's standings run on in the paragraph: a person the document names, or the rest of the field, at a percent
  // (PolNeAR train: "Retired neurosurgeon Ben Carson trails them at 13 percent." after "according to an online ...
  // poll" was the document's); a percent about something else, or a new paragraph, is not the poll's.
  {
    text: "Ortiz leads with 27 percent, according to a Harbor College poll. Councilwoman Ana Ruiz trails at 13 percent.",
    name: "Harbor College poll",
  },
  {
    text: "Ortiz leads with 27 percent, according to a Harbor College poll. Everyone else is at 2 percent.",
    name: "Harbor College poll",
  },
  { text: "A Harbor College poll found Ortiz at 27 percent. Unemployment is at 5 percent.", name: null },
  { text: "A Harbor College poll found Ortiz at 27 percent.\n\nAna Ruiz trails at 13 percent.", name: null },
  // A book or memoir owned by "his"/"her" is the writer's (PolNeAR train: "according to his book ''The Art of the
  // Deal.''" was the document's; "her memoir" was a source "Memoir"); with nobody named, nobody's.
  {
    text: "Ana Ortiz built hotels. In 1985, she paid $8 million for a jet, according to her book.",
    name: "Ana Ortiz",
    kind: "person",
  },
  { text: "Ben Carson paid $8 million for a house, according to his memoir.", name: "Ben Carson" },
  { text: "The house cost $8 million, according to his book.", name: null },
];

describeCases("polls, documents and carriers", cases);

// What kind of body a source is, from an appositive or a "news" head (both were a person / an official).
describeCases("outlets named by their description", [
  {
    text: "Iran International, a London-based broadcaster, said over 800 fighters crossed.",
    name: "Iran International",
    kind: "outlet",
  },
  { text: "Acme, a Texas company, said 40 workers were laid off.", name: "Acme", kind: "organization" },
  { text: "John Smith, a witness, said 40 people ran.", name: "John Smith", kind: "person" },
  { text: "Xinhua news agency said 40 people died.", name: "Xinhua news agency", kind: "outlet" },
  { text: "The state news agency said 40 people died.", name: "State news agency", kind: "outlet" },
]);

// Pieces of media and who published them (PolNeAR train: "a story by the website Politco says", "The cable
// indicated" were the document's; "according to an article in the Boston Globe" was the document's everywhere).
describeCases("a publication named after its piece", [
  { text: "According to an article in the Boston Globe, 40 people were hurt.", name: "Boston Globe", kind: "outlet" },
  { text: "40 people were hurt, according to an article in the Boston Globe.", name: "Boston Globe", kind: "outlet" },
  { text: "A story by the website Politico says that 100 delegates are wavering.", name: "Politico", kind: "outlet" },
  { text: "The cable indicated 13 guards would be needed.", name: "Cable", kind: "document" },
  // An outlet that relays a named speaker with a verb of their own: the speaker's (ECB+ 34_4).
  {
    text: "According to a 1997 article in Ebony, Benjamin said she applied to 12 schools.",
    name: "Benjamin",
    cue: "said",
  },
  // ... and a trailing outlet relays the speaker whose verb opens the sentence (ECB+ 13_20: was the AP's).
  {
    text: "Authorities suspect arson caused $1 million in damage, the Associated Press reported.",
    name: "Authorities",
    cue: "suspect",
  },
  { text: "Twelve people died in the fire, the Associated Press reported.", name: "Associated Press" },
]);

// A closing "according to" after an outlet, a poll or a document names where what they relay comes from: from the
// sentence start it is that source's; after a speaker it only says who relays the speaker.
describe("a closing according-to after a relaying outlet, poll or document", () => {
  it.each([
    [
      "Bloomberg reports that the mayor has carried voters earning $100,000 or more, according to the Harbor Institute.",
      "Bloomberg",
      "Harbor Institute",
    ],
    [
      "County records show the $48,300 that Ruiz raised from builders is the most of any candidate, according to the Open Ledger Project.",
      "County records",
      "Open Ledger Project",
    ],
    ["Police said 12 people died in the fire, according to the Harbor Ledger.", "Police", null],
    ["A county poll shows the mayor at 48 percent, according to the Harbor Ledger, and rising.", "County poll", null],
  ] as const)("%s", (text, first, inner) => {
    const got = attributionOf({ text, name: null });
    expect(got?.source.name).toBe(first);
    expect(got?.next?.source.name ?? null).toBe(inner);
    if (inner) expect(got?.next?.scopeStart).toBe(0);
  });
});

// The maker a relative clause names right after a report, poll or document is its source, as "a report by the World
// Bank" names it; the run reader had read the maker into the name ("Report the agency", "Fact sheet lawmakers").
describeCases("a report, poll or document and the body that made it", [
  { text: "A report the Harbor Institute released Monday says 40 people died.", name: "Harbor Institute" },
  { text: "A report that the Harbor Institute released says 40 people died.", name: "Harbor Institute" },
  { text: "The statement the ministry issued said 40 people died.", name: "Ministry", kind: "official" },
  { text: "A fact sheet lawmakers released Monday says 2 million workers would gain.", name: "Lawmakers" },
  {
    text: "An analysis the Budget Office published Tuesday shows 12 million people would lose coverage.",
    name: "Budget Office",
  },
  // A weekday is no maker; the agent after "released by" is.
  { text: "A report Tuesday released by the Harbor Institute says 40 people died.", name: "Harbor Institute" },
  // No maker: a verb that is not one of making, a compound noun.
  { text: "A report the senator called flawed says 40 people died.", name: "Report" },
  { text: "“Ten people died,” the paper's editorial board wrote.", name: "Paper's editorial board" },
]);

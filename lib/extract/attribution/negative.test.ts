/**
 * The document's own narration and reasoning: sentences that must get no source; and the scope of a source
 * (ADR 019: a description is stored once per document, a name once for all documents).
 */
import { describe, expect, it } from "vitest";
import { attributionOf, type Case, describeCases } from "./table.ts";

const cases: Case[] = [
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
  // A headline ending on a noun compound: "injury report" names a list, nobody reports (ECB+ topic 25).
  { text: "Saints Pierre Thomas to injured reserve and the rest of injury report", name: null },
  { text: "He filed three copies of the injury report.", name: null },
  { text: "The crowd cheered for 10 minutes.\n\n“Eight years ago she was the presumed nominee.”", name: null },
  { text: "The company continued to grow “at 3 percent a year.”", name: null },
  { text: "The family of 4 asked for help.", name: null },
  { text: "Fox News reports:\n\nFour emails had their markings changed.\n\nThe hearing is on 3 May.", name: null },
  { text: "The company, by its own estimate, lost 40 customers.", name: null },
  { text: "By the end of the count, 40 people had voted.", name: null },
  { text: "The company has Smith leading the team of 40.", name: null },
  { text: "Trump has Clinton beating him by 5 points.", name: null },
  { text: "The arrow pointed to 12 o'clock.", name: null },
  { text: "The victim was identified as John Reed, 40.", name: null },
  { text: "Smith and Jones: 40 years of comedy.", name: null },
  { text: "Under pressure from donors, 40 officials resigned.", name: null },
  { text: "Under the bridge, 40 people slept.", name: null },
  { text: "He had a say in the 40 hires.", name: null },
  { text: "The recipe calls for 2 cups of flour.", name: null },
  { text: "There were calls for 40 new judges.", name: null },
  { text: "Current rules allow only those who have won at least eight states to be eligible.", name: null },
  { text: "Federal rules subject inverted companies to more taxes above 60 percent.", name: null },
  { text: "The executive orders cover 40 agencies.", name: null },
  // A counted "states" (or "reports", "claims") is the noun: 19 figures in PolNeAR train were credited through it.
  { text: "At stake in those three states are 213 delegates.", name: null },
  { text: "Voters in the next two states cast 40,000 ballots.", name: null },
  { text: "Strong showings in the dozen states that held primaries gave him 300 delegates.", name: null },
  { text: "Johnson fares well in several Western states, receiving 19 percent in Idaho.", name: null },
  // A contraction spaced apart (ECB+ text): "t" is no speaker.
  { text: "I had to get that anger out, and I couldn ’ t say anything about the 2 fouls.", name: null },
  // A place is no speaker: "she said" with nobody named before is no one's ("in Santa Rosa" is a place).
  {
    text: "He died at his home in Santa Rosa, California, on Thursday. “He slipped away at 95,” she said.",
    name: "Unnamed speaker",
  },
  // A noun reading right before its verb: the head of the subject, no cue.
  { text: "The yield on the 10-year Treasury note fell to 1.45 percent.", name: null },
  // "state" reports only with a content clause ("the report states that"), like "find" and "show".
  { text: "Two other battleground states where voters will elect 40 judges.", name: null },
  // A ratio of respondents with no poll in sight is the document's ("Nine" is no speaker).
  { text: "Nine in 10 Democratic registered voters say she could win by 16 points.", name: null },
  // After a possessive a bare or -s reporting form is a noun: an editor's note is the publication's own voice
  // (PolNeAR train: 16 figures of one boilerplate note were credited to "Editor").
  { text: "Editor’s note: The mayor has 12 aides and a budget of $40 million.", name: null },
  { text: "Author's note: The county has 40 bridges.", name: null },
  // A relative pronoun after a preposition opens no restrictive relative about the phrase before ("Depending" was a
  // source in PolNeAR train).
  { text: "Depending on which poll you believe, around 17 percent of voters are undecided.", name: null },
  { text: "Based on which survey you read, 40 percent of tenants are behind on rent.", name: null },
  // An agent before ", who" without a reporting verb after it is no source.
  { text: "The film was directed by Ana Ruiz, who won 40 prizes.", name: null },
];

describeCases("no source", cases);

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

/**
 * Attribution of quotations: a quotation inside a clause, one that runs on after its speaker, a paragraph that
 * a cue and a colon introduce, a verb that opens or follows a quotation; and carrying a source across sentences.
 */
import { describe, expect, it } from "vitest";
import { segment } from "../tokens/segment.ts";
import { attributeSentences } from "./attribution.ts";
import { createSourceRegistry } from "./sources.ts";
import { type Case, describeCases } from "./table.ts";

const cases: Case[] = [
  // A name after a dash, then a colon opening a quotation: the quotation is that person's.
  {
    text: "Rents climb again - Marta Ilves: “Our survey finds 40 percent of tenants pay more than half their income.”",
    name: "Marta Ilves",
  },
  // ... but a colon after a clause is not a speaker's.
  { text: "The council met on Monday and approved the plan: “40 new homes.”", name: null },
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
  // Text that lost its spaces around straight quotes (the ECB+ corpus): a quote glued between two words opens.
  {
    text: '"A strike would be horrible,"said Ron Howard, the director of"A Beautiful Mind"whose film,"Frost/Nixon," cost $25 million.',
    name: "Ron Howard",
  },
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
  // A name and a verb after a quotation closed by "?" or "!" frame it (the segmenter keeps them in one sentence).
  { text: "“Is it 40?” Jeff Sessions asked.", name: "Jeff Sessions", cue: "asked" },
  { text: "“Would it be negotiable about the 11 million?” Hannity pressed.", name: "Hannity", cue: "pressed" },
  { text: "“We cast 36 votes!” Sen. Jeff Sessions said as he launched the vote.", name: "Jeff Sessions", cue: "said" },
  { text: "“Is it over?” The crowd roared. Then 40 people left.", name: null },
  // After a quotation, a weak verb ("added") needs no clause of its own; a prepositional phrase after an inverted
  // verb names no speaker.
  { text: "“It was 50 percent more than her show,” Trump added to People.", name: "Trump", cue: "added" },
  {
    text: "“We will beat the goal of $50 million,” Jeff Weaver, the campaign manager, said in a statement.",
    name: "Jeff Weaver",
    cue: "said",
  },
  // A speaker and a colon before a paragraph's words speaks the rest of that paragraph, and only that one.
  {
    text: "Carl Bialik: That sounds like a wise approach. Two pollsters showed Trump ahead by 1 point.",
    name: "Carl Bialik",
  },
  { text: "Poll: Trump ties Clinton at 40 percent.\n\nThe race is within 2 points.", name: null },
  // A transcript speaker with a party label (PolNeAR train: "Rep. Trey Gowdy (R-S.C.):" was cut in two sentences).
  {
    text: "Rep. Trey Gowdy (R-S.C.): Who told you that 90 to 95 percent of your e-mails were kept?",
    name: "Trey Gowdy",
    cue: "):",
  },
  { text: "Sen. Ann Ruiz (D): We lost 40 seats.", name: "Ann Ruiz", cue: ":" },
  // A paragraph that is one quotation, after a narrating sentence about a named speaker.
  {
    text: "Groberg spoke about the Sanders camp.\n\n“The Bernie crowd, the 99 percent of them, have never been tested.”",
    name: "Groberg",
  },
  // An inverted speaker followed by a relative clause: "..., said a party official who supports Trump".
  {
    text: "“We would want 40 answers,” said a county party official who supports the mayor, asking for anonymity.",
    name: "County party official",
    cue: "said",
  },
  { text: "“It costs $12 a ticket,” said one former executive who requested anonymity.", name: "Former executive" },
  { text: "“Meh, 5 points,” wrote a Dallas voter who runs a fan account.", name: "Dallas voter", cue: "wrote" },
  { text: "“We won 40 seats,” said people who were there.", name: "People" },
  // ... and after a narrating sentence, the quotation is that speaker's, not the narrator's.
  {
    text: "Groberg spoke on Monday.\n\n“It is hard to win 3 states,” said an expert who has worked for his rivals.",
    name: "Expert",
  },
  // An inverted noun phrase followed by an opening quotation mark is the content's subject, not a speaker that ends
  // the sentence ('Mike Murphy, who ran a super PAC, said the Trump "train may have left the station."').
  {
    text: 'Mike Ruiz, who ran a PAC with 40 donors, said the Lopez "train may have left the station."',
    name: "Mike Ruiz",
    cue: "said",
  },
  // A quotation that opens inside a narrating sentence and closes sentences later on a speaker is that speaker's.
  {
    text: "In 2009, when the county offered towns $40 million, “towns were losing money. They needed it,” Ruiz said.",
    at: 0,
    name: "Ruiz",
  },
  // ... but a sentence that closes its own quotation stays the document's.
  {
    text: "The plan looked like “a $40 million giveaway.” “They needed it,” Ruiz said.",
    at: 0,
    name: null,
  },
  // A body of local government speaks: its quotation is its own words.
  {
    text: "The county called it “a $40 million giveaway.” “They needed it,” Ruiz said.",
    at: 0,
    name: "County",
    kind: "official",
  },
  {
    text: "Ruiz has since apologized for what happened: “Yes, I should have used two email addresses. It was a mistake,” the official added.",
    at: 0,
    name: null,
  },
  // Two-apostrophe quotations: the second apostrophe of a closing '' stays with its sentence, and a quotation closed
  // by "?''" keeps the inverted speaker after it.
  {
    text: "''We won 40 seats,'' Mr. Ruiz said. ''Over two years we have been praying.'' He added that 12 more would follow.",
    name: "Ruiz",
    cue: "added",
  },
  {
    text: "''Do you want the county looking at 1.5 billion posts?'' said Zeynep Ruiz, a professor.",
    name: "Zeynep Ruiz",
  },
  // An opening curly mark typed where the closing one belongs ("It's unusual,“ said X") closes the open quotation.
  {
    text: "“It costs 40 percent more,“ said Larry Ruiz, an attorney. “It's a hard thing to do.”",
    at: 0,
    name: "Larry Ruiz",
  },
  { text: "“It costs 40 percent more,“ said Larry Ruiz. “It's 12 times harder.”", name: "Larry Ruiz" },
  // Verbs that double their last consonant: "demurred", "bragged", "dubbed".
  {
    text: "Asked which county he liked, Cruz demurred: “Whichever one of the 99 I'm in.”",
    name: "Cruz",
    cue: "demurred",
  },
  { text: "Mayor Ruiz bragged that the city had added 4,000 jobs.", name: "Ruiz", cue: "bragged" },
  { text: "Ruiz dubbed it “a $40 million giveaway.”", name: "Ruiz", cue: "dubbed" },
  // A verb that lends its subject to an infinitive or "by" + -ing reporting verb.
  {
    text: "Pence went on to say he is “confident” that “these two men are going to do great things.”",
    name: "Pence",
    cue: "say",
  },
  { text: "Ruiz continued by saying, “We will appeal, and 40 towns will join us.”", name: "Ruiz" },
  {
    text: "O'Malley, who signed 12 gun laws, interjected to say: “They have both been inconsistent.”",
    name: "O'Malley",
  },
  { text: "The email went on to say, “Today, 40 people don't show up.”", name: "Email" },
  {
    text: "A study from the Harbor Institute had this to say about the plan: “Families at the top would receive 24% more.”",
    name: "Harbor Institute",
    cue: "say",
  },
  { text: "Ruiz had the following to say: “We lost 40 seats.”", name: "Ruiz" },
  // ... "plans to say" reports nothing yet.
  { text: "The company plans to say more about the 40 stores next week.", name: null },
  // A singular role noun after a committee's name heads the speaker ("a Republican National Committee member").
  {
    text: "“We would want 40 answers,” said a Harbor County Party Committee member.",
    name: "Harbor County Party Committee member",
    cue: "said",
  },
  { text: "A State Democratic Party strategist said 40 people came.", name: "State Democratic Party strategist" },
  // "says of": the verb has no noun reading.
  {
    text: '"It\'s like a two-horse race where one horse cheats," the Lincoln actor says of the Clinton-Trump race.',
    name: "Lincoln actor",
    cue: "says",
  },
];

describeCases("quotations", cases);

describe("two-apostrophe quotations", () => {
  it("keep both apostrophes of a closing '' in their sentence (wink cuts between them)", () => {
    const text =
      "He said it. ''What about 9/11? I was there.''\n\nMr. Ruiz continued: ''The worst attack? It was during his term.'' He added that the team ''scored 19 runs.''";
    expect(segment(text).map((s) => s.text)).toEqual([
      "He said it.",
      "''What about 9/11?",
      "I was there.''",
      "Mr. Ruiz continued: ''The worst attack?",
      "It was during his term.''",
      "He added that the team ''scored 19 runs.''",
    ]);
    expect(attributeSentences(text, segment(text), createSourceRegistry())[5]?.source.name).toBe("Ruiz");
  });

  it("give the speaker after a closing '' the quotation before it, not only the frame", () => {
    const text =
      "''Over two years we have been praying,'' Mr. Vander Ruiz said in introducing Mr. Cruz on the first day of a bus tour.";
    const got = attributeSentences(text, segment(text), createSourceRegistry())[0];
    expect(got?.source.name).toBe("Vander Ruiz");
    expect(got?.scopeStart).toBe(0);
  });
});

describe("attribution across sentences", () => {
  it("carries a named source through 'these accounts' and a hearsay adverb in the same paragraph", () => {
    const text =
      "Reports from Channel 4 News described the raid. These accounts estimate 40 people were held. They reportedly spent a night in a gym.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got.map((a) => a?.source.name)).toEqual(["Channel 4 News", "Channel 4 News", "Channel 4 News"]);
    expect(got[0]?.source.kind).toBe("outlet");
  });

  // Ours, modelled on PolNeAR dev: a narrating sentence with a fronted date names who speaks the quotation after it.
  it("gives a paragraph that is one quotation to the narrator named after a fronted phrase", () => {
    const text =
      "On July 6, 2015, Ruiz made the following comment:\n\n“For young people the jobless rate is 33 percent. For older people it is 6 percent.”";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got.map((a) => a?.source.name ?? null)).toEqual([null, "Ruiz", "Ruiz"]);
  });

  it("not to a thing named after a fronted phrase, nor past a verb in that phrase", () => {
    for (const text of [
      "On Monday, the storm hit the coast.\n\n“Some 40 homes are gone.”",
      "When the storm hit, Ruiz was away.\n\n“Some 40 homes are gone.”",
    ]) {
      const got = attributeSentences(text, segment(text), createSourceRegistry());
      expect(got.at(-1)?.source.name ?? null).toBeNull();
    }
  });

  // Ours, modelled on PolNeAR dev: the pronoun after a quotation is the person the sentence named before it, not the
  // source of the paragraph before.
  it("gives a pronoun after a quotation the person named before the quotation in its sentence", () => {
    const text =
      "Dan Reyes, a surgeon, said 40 patients fell ill.\n\nSen. Ana Ruiz scolded him: “The county is against you on the three products you sell,” she said.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got.map((a) => a?.source.name ?? null)).toEqual(["Dan Reyes", "Ana Ruiz"]);
  });

  it("keeps the last speaker for a pronoun after a quotation when its sentence names nobody before it", () => {
    const text = "Ana Ruiz said 40 people were ill.\n\n“We counted 12 beds,” she said.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got.map((a) => a?.source.name ?? null)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });

  it("does not carry a source across a paragraph break", () => {
    const text = "Police said the road was closed.\nThe suspects reportedly fled on foot.";
    const got = attributeSentences(text, segment(text), createSourceRegistry());
    expect(got[1]?.source.name).toBe("Unnamed reports");
    expect(got[1]?.source.kind).toBe("anonymous");
  });
});

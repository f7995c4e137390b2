/**
 * Attribution when something stands between the subject and its verb (participle phrases, appositives, relative
 * clauses, ages, time words), when the verb needs a clause ("found"), and verbs of a stated position.
 */
import { describe, expect, it } from "vitest";
import { extract } from "../extract.ts";
import { attributionOf, type Case, describeCases } from "./table.ts";

const cases: Case[] = [
  // A time phrase without a comma before or after the subject is not part of it (ECB+: "Yesterday a neighbour",
  // "Today the company", "HP today", "HP Monday" were source names).
  { text: "On Tuesday police said 12 people died in the fire.", name: "Police", cue: "said" },
  { text: "Last week the mayor said 40 homes were lost.", name: "Mayor", cue: "said" },
  { text: "HP today announced that 500 jobs would go.", name: "HP", cue: "announced" },
  { text: "Boeing Monday said 300 jets were grounded.", name: "Boeing", cue: "said" },
  { text: "USA Today reported that 12 people died.", name: "USA Today", cue: "reported" },
  // A capitalized adjective opening the sentence is no name: the -s form after it is the noun (ECB+: "Initial",
  // "Additional" were sources, the plural noun their verb).
  {
    text: "Initial estimates indicate that the repair will take 12 days.",
    name: "Initial estimates",
    kind: "document",
  },
  { text: "Early results show 40 percent of voters backed him.", name: "Early results", kind: "document" },
  // Measurements speak for whoever took them (ECB+ 38_7: "USGS measurements indicated" was the document's).
  { text: "USGS measurements indicated at least 20 smaller earthquakes followed.", name: "USGS" },
  { text: "Seismic readings showed 20 smaller earthquakes followed.", name: "Seismic readings", kind: "document" },
  { text: "The readings of 40 poems took place on Monday.", name: null },
  // An appositive, then a participle phrase, between the name and its verb (ECB+: the source was "Head").
  {
    text: "John Christie, head of production for Paperny Films, located down the street, said 12 people were inside.",
    name: "John Christie",
    cue: "said",
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
  // A participle phrase with its agent, without commas, between the subject and its verb.
  {
    text: "A fundraising email sent out by Ruiz on Tuesday night warned of the fight ahead: “There are 14 primaries.”",
    name: "Ruiz",
    cue: "warned",
  },
  { text: "A report released by the county on Monday found that 40 bridges are unsafe.", name: "Report" },
  // ... but a verb after an agent phrase that is not a subject's is no cue.
  { text: "The bridge built by Ruiz stands 40 feet tall.", name: null },
  // "state" after a preposition is a noun ("secretary of state"), not the verb: the trailing cue decides.
  {
    text: "The secretary of state earned $300,000 for 12 speeches last year, according to the Harbor Ledger.",
    name: "Harbor Ledger",
    cue: "according to",
  },
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
  // ", who said": a person named as an agent right before the comma is who the clause is about (the source was "Time").
  {
    text: "The firm was shaken, this time by a report in a local paper by Dana Ruiz, who reported that 40 staff quit.",
    name: "Dana Ruiz",
    cue: "reported",
  },
  { text: "The bill was signed by Governor Ana Ruiz, who said 40 schools would benefit.", name: "Ana Ruiz" },
  // "found" with a clause that has no "that": a subject, then a finite verb.
  {
    text: "In a review of the ledgers, the Tribune found the city paid 40 contractors twice.",
    name: "Tribune",
    cue: "found",
  },
  { text: "Investigators found the car parked outside a motel.", name: null },
  { text: "Police found the body dumped in a river near 12 houses.", name: null },
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
  // ... and an -ing verb of saying whose content clause has no "that"; without a comma before it, no clause is read.
  {
    text: "The union sued the port authority on Monday, claiming the new rota would cost each crew $400 a week.",
    name: "Union",
    cue: "claiming",
  },
  {
    text: "The ferry operator cut its timetable, insisting fuel costs had risen 30 percent.",
    name: "Ferry operator",
    cue: "insisting",
  },
  { text: "Joining the mayor in the group seeking a second term were two council members.", name: null },
  { text: "The club withdrew its offer, believing he had no interest in a 5-year deal.", name: null },
  // An -ing verb of saying after a statement its subject issued reports for the issuer; a pronoun may open the clause.
  {
    text: "The port authority issued a statement on Friday saying 300 containers were lost.",
    name: "Port authority",
    cue: "saying",
  },
  {
    text: "The union released a statement confirming it will strike for 12 days.",
    name: "Union",
    cue: "confirming",
  },
  // ... but a memo someone obtained is not theirs.
  { text: "The inspectors obtained a memo saying the city paid $4 million twice.", name: null },
  {
    text: "The mailing list, which the campaign says includes 2.7 million donors, is a prized asset.",
    name: "Campaign",
    cue: "says",
  },
  // A verb of a held view with a content clause takes any noun phrase as its source, as a verb of saying does.
  { text: "Cement makers argue that imports grew to 40 percent.", name: "Cement makers", cue: "argue" },
  {
    text: "The intelligence community has concluded that 22 emails held secret information.",
    name: "Intelligence community",
    cue: "concluded",
  },
  { text: "Strategists think about 40 ideas a week.", name: null },
  // A conditional cue with its object and a content clause: any noun phrase before it speaks.
  {
    text: "The candidate pointed out that Cruz must win 58 percent of the delegates.",
    name: "Candidate",
    cue: "pointed",
  },
  { text: "The decision raised questions about 40 contracts.", name: null },
  // A stated position is its subject's: proposals, pledges, forecasts, blame, citations.
  { text: "Senator Ana Ruiz pledged to hire 2,000 more officers.", name: "Ana Ruiz", cue: "pledged" },
  { text: "The mayor proposed a $12 minimum wage.", name: "Mayor", cue: "proposed" },
  { text: "Organizers expect 40,000 visitors this weekend.", name: "Organizers", cue: "expect" },
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
  // Who is told is never the speaker, even at the end of the sentence.
  {
    text: "''We looked at 40 interviews,'' Google's chief human resources executive, Laszlo Bock, told The New York Times.",
    name: "Laszlo Bock",
    cue: "told",
  },
  // An -ly adverb before an adjective inside the subject; the name is the body's own words.
  {
    text: "The fiscally conservative Club for Growth Action reported spending $1.1 million on ads attacking Trump.",
    name: "Club for Growth Action",
    cue: "reported",
  },
  // "outside" before a noun is an adjective of the subject, not a preposition (PolNeAR train: "conservative outside
  // groups reported spending $6 million" was the document's).
  {
    text: "Overall, liberal outside groups reported spending $3 million on television ads.",
    name: "Liberal outside groups",
    cue: "reported",
  },
  { text: "Outside experts said 40 bridges need repair.", name: "Outside experts", cue: "said" },
  // A poll "from" a place's event: the name only modifies "primary", the poll speaks (was "Iowa", a person).
  {
    text: "Entrance polls from the Iowa caucuses showed that 40 percent of voters were undecided.",
    name: "Entrance polls",
    kind: "poll",
    cue: "showed",
  },
  { text: "A survey from Marist College found that 40 percent of voters were undecided.", name: "Marist College" },
  // A relative clause on a thing between the subject and its verb; the verb inside it, whose object is the relative
  // pronoun, reports nothing (was "Ortiz", the subject of "cited").
  {
    text: "The county audit, which Mayor Ana Ortiz cited, found that 40 bridges were unsafe.",
    name: "County audit",
    cue: "found",
  },
  {
    text: "Exit polls from the state primary, which Ortiz won easily, showed that 52 percent backed her plan.",
    name: "Exit polls",
    cue: "showed",
  },
  // A person's name joined by "of" to an organization's (PolNeAR train: "Darran Whiting of Liberty Baptist Church in
  // Marion" was one organization); "Bank of America" stays whole and is no member of "America".
  {
    text: "One pastor backing Ruiz, Ana Ortiz of Grace Baptist Church in Marion, said she made 150 calls.",
    name: "Ana Ortiz",
    kind: "person",
    affiliation: "Grace Baptist Church",
  },
  {
    text: "Bank of America said 150 branches would close.",
    name: "Bank of America",
    kind: "organization",
    affiliation: null,
  },
  { text: "The University of Texas said 150 students left.", name: "University of Texas", affiliation: null },
  // A lower-case adjective before a body's capitalized name is no part of it (PolNeAR train: "Nonpartisan
  // Congressional Budget Office").
  {
    text: "Deficits will rise, the nonpartisan Harbor Budget Office reported on Tuesday, by $40 billion.",
    name: "Harbor Budget Office",
  },
  // A party word or an office title before a person's name is no part of it (PolNeAR train: "Republican Donald
  // Trump" and "House Speaker Paul Ryan" were sources apart from "Donald Trump" and "Paul Ryan").
  { text: "Republican Ana Ortiz said 40 people came.", name: "Ana Ortiz", kind: "person" },
  { text: "House Speaker Ana Ortiz said 40 people came.", name: "Ana Ortiz", kind: "official" },
  { text: "The Republican National Committee said 40 people came.", name: "Republican National Committee" },
  // A dateline opening the sentence is no part of the name (PolNeAR train: "CHICAGO - Rahm Emanuel"); a name with a
  // dash in it stays whole.
  { text: "LAKEPORT - Ana Ortiz said 40 people came.", name: "Ana Ortiz" },
  { text: "NBC-TV said 40 people came.", name: "NBC-TV" },
  // A report released by a named body speaks for it, "the" before the name too (was "Report").
  {
    text: "A report released by the Harbor Policy Institute last year estimated that 46,000 accounts were fake.",
    name: "Harbor Policy Institute",
    cue: "estimated",
  },
  // A participle phrase without commas between a speaker and its verb (all were unattributed); a past tense with
  // its object is no participle ("Ruiz waved a report" in verbs.test.ts).
  { text: "Officials briefed on the investigation said 12 banks were involved.", name: "Officials", cue: "said" },
  { text: "Lawyers representing the families said 12 people died.", name: "Lawyers", cue: "said" },
  {
    text: "A spokesman for the ministry speaking on condition of anonymity said 12 banks were involved.",
    name: "Spokesman for the ministry",
    cue: "said",
  },
  // ... and before an appositive: the head speaks, the participle's object names no one (ECB+ 11_9: "Groups
  // representing Uzbeks, the nation's largest minority, complained" was unattributed).
  {
    text: "Groups representing farmers, the region's largest lobby, complained that 12 roads were closed.",
    name: "Groups",
    cue: "complained",
  },
  { text: "Groups representing Uzbeks, the nation's largest minority, said 12 names were missing.", name: "Groups" },
  // A relative clause on a place between the subject and its verb (ECB+ 36_3: "Officials at the Mormon Hills School
  // in Bountiful, where Blackmore is the superintendent, said" was unattributed).
  {
    text: "Officials at the Harbor School in Lakeport, where Ortiz is the principal, said 12 pupils were hurt.",
    name: "Officials",
    cue: "said",
  },
  // "Reports have it that": the idiom reports what its subject says (ECB+ 8_10, was unattributed).
  { text: "Reports have it that demonstrators threw stones at 12 firemen.", name: "Reports", cue: "have it" },
  { text: "Subsequent rumors suggested that the offer was $165 million.", name: "Subsequent rumors", cue: "suggested" },
  // Data or a poll whose owner is named before it: a name after "from" that is no body's is where the figures come
  // from (PolNeAR train: "SurveyMonkey data from Iowa showed" went to "Iowa"); a body after "from" still speaks.
  { text: "Harbor Metrics data from Ohio showed 40 percent of homes were empty.", name: "Harbor Metrics data" },
  { text: "A Gallup poll from Ohio showed 40 percent were undecided.", name: "Gallup poll", kind: "poll" },
  { text: "Census data from the Labor Department showed 40 percent of homes were empty.", name: "Labor Department" },
  // A title joined by "of" to its office, then the holder (was "Secretary of State John Kerry", a person, and
  // "Minister of Health Ana Ruiz" with the affiliation "Health Ana Ruiz"); the office alone stays what it was.
  { text: "Secretary of State Ana Ruiz said 12 fighters died.", name: "Ana Ruiz", kind: "official" },
  { text: "Secretary of Homeland Security Ana B. Ruiz said 12 fighters died.", name: "Ana B. Ruiz" },
  { text: "Minister of Health Ana Ruiz said 12 fighters died.", name: "Ana Ruiz", affiliation: null },
  { text: "The Ministry of Health said 12 fighters died.", name: "Ministry of Health" },
  // A time phrase between the subject and its verb (ECB+ 10_3: "Various news reports late last week pegged" was
  // unattributed).
  { text: "Various news reports late last week pegged the offer at $184 million.", name: "Various news reports" },
  { text: "The county earlier this month reported 12 deaths.", name: "County", cue: "reported" },
  // "he" in a relative clause is the person the sentence named before it, not the last speaker (PolNeAR train:
  // "Trump has blasted the convoluted delegate system, which he said runs the risk of ..." went to John Kasich).
  {
    text: "Tom Ruiz spoke on Monday. Ben Carson said he won 5 states. Ruiz blasted the system, which he said hurts 40,000 voters.",
    name: "Tom Ruiz",
  },
  { text: "Ben Carson said he won 5 states. The plan, which he said hurts 40,000 voters, failed.", name: "Ben Carson" },
  // An unnamed party member is no party (PolNeAR train: "said one Republican involved in the planning" was the
  // organization "Party"; "A Democrat said" the organization "Democrat"); the party's name stays an organization.
  { text: "A Democrat said 12 people came.", name: "Democrat", kind: "anonymous" },
  {
    text: "“We spent 40 percent,” said one Republican who asked not to be named.",
    name: "Republican",
    kind: "anonymous",
  },
  {
    text: "The Republican National Committee said 12 people came.",
    name: "Republican National Committee",
    kind: "organization",
  },
  // Armed groups and movements whose two-word names read as a person's.
  { text: "Islamic State said 12 fighters died.", name: "Islamic State", kind: "organization" },
  { text: "Boko Haram said 12 fighters died.", name: "Boko Haram", kind: "organization" },
];

// PolNeAR train sentences of these shapes were the document's.
const asideCases: Case[] = [
  // A present participle after the appositive's noun ("a man visiting Nice") keeps it an appositive.
  {
    text: "Jimmy Ghazal, 39, a Lebanese man visiting Nice with his family, told reporters that 3,000 people were there.",
    name: "Jimmy Ghazal",
    cue: "told",
  },
  // An adverb set off by commas before a relative clause.
  { text: "Sanders, meanwhile, who has no such endorsements, said 12 senators backed him.", name: "Sanders" },
  // "what X estimated were": "what" opens a clause; it is not part of the subject.
  { text: "The law covered what advocates estimated were 100,000 adoptees.", name: "Advocates", cue: "estimated" },
  // The head of a subject with a participle phrase is the word before its first preposition.
  {
    text: "An analysis by Politifact of elections going back to 1972 showed the party won four out of 11 times.",
    name: "Politifact",
    cue: "showed",
  },
  // A participle phrase after an inverted speaker ("involved in", "dressed in") describes it.
  {
    text: "“We will spend tens of millions of dollars,” said one Republican involved in the planning.",
    name: "Republican",
    kind: "anonymous",
  },
  { text: "“It cost $40,” said a woman dressed in black.", name: "Woman", cue: "said" },
  // A focus adverb after "and" stays in the coordinated subject.
  {
    text: "Politicians and even some technologists say 40 accounts remain.",
    name: "Politicians and even some technologists",
  },
];
describeCases("asides between a subject and its verb", asideCases);

// PolNeAR train sentences of these shapes were the document's too.
const adjunctCases: Case[] = [
  // A fixed adverbial phrase between the auxiliary and the verb.
  { text: "Three PACs have in fact reported spending $513,000 on ads.", name: "PACs", cue: "reported" },
  { text: "His allies have in the past said he stayed quiet for 20 years.", name: "Allies", cue: "said" },
  // "and" with a time phrase before the second verb: the first verb's subject.
  { text: "Scott freed up $26 million and on Monday announced $5 million more was being sent.", name: "Scott" },
  // "in which" opens a clause: its subject follows.
  { text: "They held a call in which organizers claimed 400 delegates took part.", name: "Organizers", cue: "claimed" },
  // A broadcaster's channel number ends its name.
  { text: "Local affiliate ABC 7 is reporting that a couple drove 45 miles.", name: "ABC 7" },
  // "quoted X as saying": X speaks; "by announcing": the clause's subject announces.
  { text: "CNN quoted an American witness as saying he saw one person in the truck.", name: "American witness" },
  { text: "The central bank ended its meeting by announcing it would buy 2 percent more bonds.", name: "Central bank" },
];
describeCases("adjuncts and clause openers before a reporting verb", adjunctCases);

// [why, the sentence, its claims as [source, text]]: what a parenthesis or a clause after a trailing cue holds.
const claimsOf = (text: string) => extract({ id: "p", text }).claims.map((c) => [c.source.name, c.text]);
const scopedCases: Array<[string, string, string[][]]> = [
  [
    "a cue opening a parenthesis holds it; the document speaks before and after it",
    "The fire killed 12 people (the hospital said 15) and injured 40.",
    [
      ["the document", "The fire killed 12 people"],
      ["Hospital", "the hospital said 15)"],
      ["the document", "and injured 40."],
    ],
  ],
  [
    "a trailing cue inside a parenthesis holds the parenthesis only",
    "The toll rose to 52 (40, according to the ministry) by Monday.",
    [
      ["the document", "The toll rose to 52"],
      ["Ministry", "(40, according to the ministry) by Monday."],
    ],
  ],
  [
    'a closing parenthesis after an acronym is no part of its name ("the CBO)" was no source)',
    "The bill would cost $4 billion (about $12 per taxpayer, according to the CBO).",
    [
      ["the document", "The bill would cost $4 billion"],
      ["CBO", "(about $12 per taxpayer, according to the CBO)."],
    ],
  ],
  [
    "a parenthesis closes a trailing cue like a comma: with no other figure, the sentence is the speaker's",
    "Her ratings (at one point as low as 19%, Gutin says) hurt her husband.",
    [["Gutin", "Her ratings (at one point as low as 19%, Gutin says) hurt her husband."]],
  ],
  [
    "a figure another body gave, set off by a comma after a trailing cue, is that body's",
    "Prices rose 3.2 percent, the ministry said, above the 2.9 percent expected by analysts.",
    [
      ["Ministry", "Prices rose 3.2 percent, the ministry said"],
      ["Analysts", "above the 2.9 percent expected by analysts."],
    ],
  ],
  [
    "a report in a clause on when a trailing cue was said is its own subject's",
    "“I will never eat them again,” Trump said in August after Nabisco announced it was laying off 600 workers.",
    [
      ["Trump", "“I will never eat them again,” Trump said in August after"],
      ["Nabisco", "Nabisco announced it was laying off 600 workers."],
    ],
  ],
  [
    "... after an unquoted trailing cue too",
    "Twelve people died, police said after the hospital reported 40 injured.",
    [
      ["Police", "Twelve people died, police said after"],
      ["Hospital", "the hospital reported 40 injured."],
    ],
  ],
];

describe("an attribution inside a parenthesis or a clause after a trailing cue", () => {
  it.each(scopedCases)("%s", (_why, text, claims) => {
    expect(claimsOf(text)).toEqual(claims);
  });
});

describeCases("subjects with modifiers", cases);

// A one-word surname as the source: the person the document names in full, when the tagger reads a name word as a verb.
const surnameCases: Case[] = [
  // A surname the tagger reads as a verb ("Ford", "Felt", "Manning", "Lynch"), written with a first name elsewhere.
  { text: "Phil Ford stood at midcourt. Ford said 20 former players came back.", name: "Phil Ford", kind: "person" },
  { text: "Mark Felt died on Friday. Felt said in 2005 that 3 agents knew.", name: "Mark Felt", kind: "person" },
  {
    text: "Peyton Manning completed 29 of 34 passes. Manning said the team won 12 games.",
    name: "Peyton Manning",
    kind: "person",
  },
  {
    text: "Defense attorney Peter Lynch asked Coleman about it. Lynch said 4 witnesses lied.",
    name: "Peter Lynch",
    kind: "person",
  },
  // ... and a first name the tagger reads as a verb before a surname.
  {
    text: "Saints quarterback Drew Brees understands. Brees said 11 players were frustrated.",
    name: "Drew Brees",
    kind: "person",
  },
  // Negative: a product name ("Microsoft Update") never writes the second word alone: the company stays one.
  {
    text: "Users can download it from Microsoft Update today. Microsoft said 12 flaws were fixed.",
    name: "Microsoft",
    kind: "organization",
  },
  // Negative: a verb at the head of the sentence is no first name ("Choosing DeGeneres" is no second DeGeneres).
  {
    text: "Ellen DeGeneres will host the show. Choosing DeGeneres, the academy went safe. DeGeneres said 3 hosts had declined.",
    name: "Ellen DeGeneres",
    kind: "person",
  },
];

describeCases("one-word surnames named in full elsewhere", surnameCases);

// A one-word name a title stands before elsewhere in the document ("President Obama") is a person, of the title's kind.
const titledCases: Case[] = [
  {
    text: "President Obama visited the Interior Department. Obama said 40 rules would be reviewed.",
    name: "Obama",
    kind: "official",
  },
  { text: "Ask coach Heffner about it. Heffner said 3 players were hurt.", name: "Heffner", kind: "person" },
  // Negative: no title before the word anywhere: the lone word stays the organization it defaults to.
  { text: "Shares of Kraft rose. Kraft said 4 plants would close.", name: "Kraft", kind: "organization" },
  { text: "Analysts at Waitrose agreed. Waitrose said 12 stores would open.", name: "Waitrose", kind: "organization" },
];

describeCases("one-word names a title stands before elsewhere", titledCases);

// A role acronym before a name ("Qualys CTO Wolfgang Kandek") is a title, not part of the name; a fragment cut off
// after an abbreviation ("Const. Tim Fanning.") is no title-case headline. "GM" is not one: it is also General
// Motors ("GM Korea said").
const roleCases: Case[] = [
  {
    text: "GM Korea said on Monday that 500 jobs would go.",
    name: "GM Korea",
    kind: "organization",
  },
  {
    text: "The flaw is serious, Qualys CTO Wolfgang Kandek wrote on Monday. Kandek said 4 flaws remained.",
    name: "Wolfgang Kandek",
    kind: "person",
  },
  {
    text: "Nobody was hurt, according to police spokesperson Const. Tim Fanning. Fanning said 12 people escaped.",
    name: "Tim Fanning",
    kind: "person",
  },
  // Negative: the company alone stays one.
  { text: "GM said 12 plants would close by 2010.", name: "GM", kind: "organization" },
];

describeCases("role acronyms before a name", roleCases);

// A sentence-opening noun phrase, one comma-bounded appositive, then the verb: a name there speaks, a description
// describes the opening phrase.
const frontedCases: Case[] = [
  {
    text: "One volunteer backing Ruiz, Dana Holt of the Harbor Tenants Union, said she had knocked on 300 doors.",
    name: "Dana Holt",
    cue: "said",
  },
  {
    text: "The clerk of nearly nine years, a registered Democrat who asked not to be named, said she got 12 weeks off.",
    name: "Clerk",
    cue: "said",
  },
  // Negatives: an opening clause with a verb after a name is no noun phrase; a thing does not speak.
  { text: "Ruiz raised $4,000 in May, Dana Holt of the union, said.", name: null },
  { text: "The bridge built in 1950, a steel span, said little about its 40 tons.", name: null },
];

describeCases("a fronted noun phrase with an appositive", frontedCases);

// Sentences ours, modelled on PolNeAR train/dev: a reporting relative clause after a noun phrase that is no clause's
// subject (an object, the object of a preposition), and an estimate nobody is named for.
const relativeObjectCases: Case[] = [
  {
    text: "They turned to the Chicago Police Department, which reported 2,521 shooting incidents in the city.",
    name: "Chicago Police Department",
    cue: "reported",
  },
  {
    text: "Trump sat through a lecture from the Mexican president, who said that 6 million jobs relied on trade.",
    name: "Mexican president",
    cue: "said",
  },
  { text: "In West Virginia alone, 300,000 acres of forest have been damaged, by one estimate.", name: "Estimate" },
  { text: "By some estimates, 300,000 acres of forest have been damaged.", name: "Estimates" },
  // Negatives: a deed is no report; a hedge on how to measure is no source; nor is a place.
  { text: "He presided over the Convention, which wrote and adopted a charter 200 years ago.", name: null },
  { text: "The economy grew 2 percent, by most measures.", name: null },
  { text: "He moved to Chicago, which has 2.7 million residents.", name: null },
];

describeCases("a reporting relative clause after an object, an unnamed estimate", relativeObjectCases);

// After a relative clause that reports, the main verb reports for the subject too.
describe("the main verb after a reporting relative clause", () => {
  it.each([
    [
      "Barkley, who said he typically votes democratic, said one candidate he likes is Ohio Governor John Kasich.",
      "Barkley",
    ],
    ["Clinton, who announced a $275 billion plan on Monday, plans to visit 4 states.", null],
  ] as const)("%s", (text, main) => {
    const got = attributionOf({ text, name: null });
    expect(got?.next?.source.name ?? null).toBe(main ?? "the document");
    if (main) expect(got?.next?.scopeStart).toBe(text.indexOf(" said one") + 1);
  });
});

// A capital after a colon opens a clause of its own: a cue with its own subject there takes what follows.
describe("a second attributed clause after a colon", () => {
  it.each([
    [
      "Local polling shows why the race is close: A recent Harbor Ledger poll showed the mayor at 48 percent.",
      "Harbor Ledger poll",
    ],
    ["Surveys tell one story: The county audit found 40 bridges unsafe.", "County audit"],
    ["Police said two people were named: one of them is 34.", null],
  ] as const)("%s", (text, second) => {
    const got = attributionOf({ text, name: null });
    expect(got?.next?.source.name ?? null).toBe(second);
    if (second) expect(got?.next?.scopeStart).toBe(text.indexOf(": ") + 2);
  });
});

// A second clause with its own subject and cue after a comma: the comma closing a fronted contrast clause (PolNeAR
// train: "While Hurun lists Mr. Trump's wealth at $6.5 billion, Forbes says it is $4.5 billion" was all Hurun's), or
// a concessive "though" (ECB+ 10_3: "..., though subsequent rumors suggested that the numbers are a little lower" was
// the first clause's "Various news reports"). `opens` is the text the second clause's scope starts with.
describe("a second attributed clause after a comma", () => {
  it.each([
    ["Although officials said 12 people died, witnesses said 15 died.", "Officials", "Witnesses", "witnesses"],
    ["While police said 12 people died, the hospital said 15 died.", "Police", "Hospital", "the hospital"],
    [
      "News reports put the offer at $184 million, though rumors suggested it was $165 million.",
      "News reports",
      "Rumors",
      "rumors",
    ],
    ["Police said 12 people died, while 15 were hurt.", "Police", null, null],
    ["Police said 12 people died, although the toll may rise.", "Police", null, null],
  ] as const)("%s", (text, first, second, opens) => {
    const got = attributionOf({ text, name: null });
    expect(got?.source.name).toBe(first);
    expect(got?.next?.source.name ?? null).toBe(second);
    if (opens) expect(got?.next?.scopeStart).toBe(text.indexOf(opens));
  });
});

// The source words alone (the subject and its appositive), so that a figure among them stays the narrator's.
describe("the speaker's words inside the frame", () => {
  it.each([
    ["One strategist described the race as a 12-lane highway.", "One strategist"],
    ["“We spent 40 percent,” said one former executive who asked not to be named.", "one former executive"],
    [
      "Ana Ruiz, a 30-year veteran of the agency, said the plan would cost $4 million.",
      "Ana Ruiz, a 30-year veteran of the agency",
    ],
    ["The bridge cost $40 million, according to three county engineers.", "three county engineers"],
  ] as const)("%s", (text, words) => {
    const got = attributionOf({ text, name: null });
    expect(got?.speaker && text.slice(got.speaker.start, got.speaker.end)).toBe(words);
  });
});

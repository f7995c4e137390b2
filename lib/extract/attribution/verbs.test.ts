/**
 * Attribution on wire-style sentences written for these tests (not from the reference article): a reporting verb
 * with its subject on either side, "according to", names, titles and appositives, a trailing attribution.
 */
import { describe, expect, it } from "vitest";
import { attributionOf, type Case, describeCases } from "./table.ts";

const cases: Case[] = [
  { text: "Police said three people were killed in the blast.", name: "Police", kind: "official", cue: "said" },
  { text: "The fire was started deliberately, police said.", name: "police", kind: "official", cue: "said" },
  // A bare "report" ends the sentence after a comma: the verb of a trailing attribution, not a noun compound.
  { text: "At least 12 workers died, local media report.", name: "local media", cue: "report" },
  // Outlets and bodies named without a listed word before this session (ECB+ topics 2, 28, 34): kinds, not persons.
  { text: "The Hollywood Reporter said 3 films were delayed.", name: "Hollywood Reporter", kind: "outlet" },
  { text: "The Baton Rouge Advocate reported 12 deaths.", name: "Baton Rouge Advocate", kind: "outlet" },
  { text: "The White House said 40 aides left.", name: "White House", kind: "organization" },
  { text: "Advanced Micro Devices said it cut 500 jobs.", name: "Advanced Micro Devices", kind: "organization" },
  // "state" with its content clause, or after the quotation it reports.
  { text: "The ministry states that 40 people died.", name: "ministry", cue: "states" },
  // A possessive before the subject's head leaves the verb a verb ("Editor's note:" is a noun: negative.test.ts).
  { text: "The mayor’s office reports that 12 homes were lost.", name: "Mayor’s office", cue: "reports" },
  { text: "“Forty people died,” the ministry states.", name: "ministry", cue: "states" },
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
  // What a speaker cites between commas before the verb is not the speaker.
  {
    text: "Salceda, citing data from the State Department, said that about 4 million people live there.",
    name: "Salceda",
    cue: "said",
  },
  { text: "The ministry said 40 died, citing hospital officials.", name: "Ministry", cue: "said" },
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
  // In a title-case headline a capitalized reporting verb is still the verb.
  { text: "Police Say 3 Dead In Harbor Crash", name: "Police", cue: "Say" },
  { text: "Bernie Sanders Promises Action On Immigration In First 100 Days", name: "Bernie Sanders", cue: "Promises" },
  { text: "Obama Signs 3 Bills Into Law", name: null },
  // A party and state tag after a name, with or without an appositive after it.
  { text: "Sen. Ben Cardin (D-Md.) said on Monday that 40 staffers quit.", name: "Ben Cardin", cue: "said" },
  {
    text: "Rep. Ann Kuster (D-N.H.), chair of the caucus, said that it was 100 percent committed.",
    name: "Ann Kuster",
    cue: "said",
  },
  // A progressive reports like the simple form; a share word that does not head its phrase is no share.
  {
    text: "Florida elections officials are expecting more than 4 million voters.",
    name: "Florida elections officials",
    cue: "expecting",
  },
  { text: "A third source said that Sullivan was one of about three aides.", name: "Third source", cue: "said" },
  // "pointed to": the object is what the subject cites.
  {
    text: "As proof, she pointed to attacks funded by two hedge fund billionaires.",
    name: "Unnamed speaker",
    cue: "pointed",
  },
  { text: "Cruz pointed to the poll that shows him beating Trump in a two-man race.", name: "Cruz", cue: "pointed" },
  // A stated agreement and an identification report the subject's figure.
  {
    text: "Toward the end of his tenure, the company agreed to pay $325 million to settle charges with 49 states.",
    name: "Company",
    cue: "agreed",
  },
  { text: "USA TODAY identified dozens of large campaign donations.", name: "USA TODAY", cue: "identified" },
  // "call for" with its object, after a name or a subject pronoun ("calls for" is no noun there).
  {
    text: "Sanders has called for the national minimum wage, now $7.25 an hour, to be raised to $15 by 2020.",
    name: "Sanders",
    cue: "called",
  },
  {
    text: "He calls for $1 trillion in new spending to improve infrastructure.",
    name: "Unnamed speaker",
    cue: "calls",
  },
  // Orders, rulings, requests and touted figures are the subject's; "rule" reports only as "ruled" / "ruling".
  { text: "A federal judge ruled that the company must return two of the guns.", name: "Federal judge", cue: "ruled" },
  { text: "President Obama ordered nearly 300 more troops to Syria.", name: "Obama", cue: "ordered" },
  { text: "The administration touts a 35% rise in exports.", name: "Administration", cue: "touts" },
  { text: "The campaign requested 12 more debates.", name: "Campaign", cue: "requested" },
  // An assertion noun owned by a name, then a content clause: the owner asserts the clause.
  {
    text: "Despite Ms. Ruiz's claims that the bridge cost $40 million, the county has not paid.",
    name: "Ruiz",
    cue: "claims",
  },
  { text: "Ana Ruiz’s recent evidence-free assertion that 40 homes burned drew scrutiny.", name: "Ana Ruiz" },
  { text: "The county's contention that 40 bridges are unsafe was upheld in May.", name: "County", cue: "contention" },
  // An owned stance names a position, not a source (ECB+: "George Papandreou's insistence that the measures are vital").
  { text: "The mayor's insistence that 40 bridges need repair failed to sway the council.", name: null },
  // ... but an assertion nobody owns, or one without a content clause, is the document's.
  { text: "The claim that 40 people died was false.", name: null },
  { text: "The company's claims of 40 new jobs drew scrutiny.", name: null },
  // "said as many as": a comparison opens the clause, no headline passive ("announced as the new Doctor"; ECB+ 8_4,
  // 13_20 were the document's).
  { text: "Firefighters said as many as 20 people had been inside the bank.", name: "Firefighters", cue: "said" },
  { text: "Police said as much as $2 million was stolen from the vault.", name: "Police", cue: "said" },
  { text: "Peter Capaldi announced as the new Doctor in 2013 with 12 episodes.", name: null },
  // A report named for its owner, then a content clause (PolNeAR dev: "seizing upon a New York Times report that").
  {
    text: "Ruiz is seizing upon a Harbor Ledger report that the county lost more than $915 million in 1995.",
    name: "Harbor Ledger",
    cue: "report",
  },
  { text: "He read an AP analysis that 12 percent of voters moved.", name: "AP", cue: "analysis" },
  // ... not a relative clause after it, nor a report nobody is named for.
  { text: "Ruiz waved a Ledger report that ran on Sunday about 40 homes.", name: null },
  { text: "The report that 40 people died was wrong.", name: null },
  // A suspicion or a fear with its clause is the holder's view (ECB+ 13_20: "Authorities suspect arson is the cause").
  { text: "Investigators suspect arson caused $1 million in damage.", name: "Investigators", cue: "suspect" },
  { text: "Officials fear 40 people died in the blast.", name: "Officials", cue: "fear" },
  // "News reports said": the -s form before a finite verb is the subject's head noun, not a cue (was "News").
  { text: "Media reports said 40 people died.", name: "Media reports", cue: "said" },
  { text: "Police reports showed 40 people died.", name: "Police reports", cue: "showed" },
  // ... but in a relative clause the -s form is its verb.
  {
    text: "The donor list, which the campaign says includes 2.7 million contributors, is an asset.",
    name: "Campaign",
    cue: "says",
  },
  // ... but "suspect" and "fear" as nouns are no cue.
  { text: "Police arrested 3 suspects on Monday.", name: null },
  { text: "Fear of 40 more deaths grew.", name: null },
];

describeCases("reporting verbs and their subjects", cases);

describe("an owned assertion covers its clause only", () => {
  it("gives what follows the clause's comma back to the document", () => {
    const text = "Despite Ms. Ruiz's claims that the bridge cost $40 million, the county paid $60 million.";
    const got = attributionOf({ text, name: "Ruiz" });
    expect(got?.scopeStart).toBe(text.indexOf("the bridge"));
    expect(got?.next?.source.name).toBe("the document");
    expect(got?.next?.scopeStart).toBe(text.indexOf("the county"));
  });
});

// A verb of intent with its "to" clause, in an unquoted sentence with no other cue: the figure is the subject's goal.
const intentCases: Case[] = [
  { text: "Mayor Ana Ruiz wants to sign up 40,000 tenants before June.", name: "Ana Ruiz", cue: "wants" },
  { text: "The tenants' union also plans to run ads in 12 districts.", name: "Tenants' union", cue: "plans" },
  { text: "Still, Ruiz had pledged to build 400 homes by 2030.", name: "Ruiz", cue: "pledged" },
  // A reporting cue wins: the intent verb is inside what is said.
  { text: "Ruiz said the union plans to run ads in 12 districts.", name: "Ruiz", cue: "said" },
  // A noun, a condition, a pronoun, a poll and a participle taking the clause's subject are no intent cues.
  { text: "Protesters decried county plans to cut 1,300 jobs.", name: null },
  { text: "Harbor's plan to raise the wage to $15 an hour is popular.", name: null },
  { text: "If they want to last six months, they must change course.", name: null },
  { text: "He plans to back at least 100 candidates.", name: null },
  { text: "A new Harbor survey wants to reach 2,000 people.", name: null },
  { text: "The row erupted two months after the vote, vowing to cost 12 seats.", name: null },
  { text: "The tenants' union, which represents 40,000 renters, wants to keep its neutrality.", name: null },
  // Inside a quotation the intent is the speaker's words, read by the quotation rules.
  { text: "“We want to build 400 homes,” Ruiz said.", name: "Ruiz", cue: "said" },
];

describeCases("verbs of intent", intentCases);

describe("a verb of intent covers its clause only", () => {
  it("gives a clause after ', but' back to the document", () => {
    const text = "Ruiz plans to name a new chief this week, but two council members want a vote first.";
    const got = attributionOf({ text, name: "Ruiz" });
    expect(got?.source.name).toBe("Ruiz");
    expect(got?.next?.source.name).toBe("the document");
    expect(got?.next?.scopeStart).toBe(text.indexOf("two council"));
  });
});

// A reporting verb right after a relative "that" (a past form, an -s form, a bare form after a plural noun) is the
// verb of its noun phrase's relative clause, not a noun after a demonstrative; "that report", "that show" stay nouns.
const relativeThatCases: Case[] = [
  { text: "A survey that shows Lee at 9 percent was released on Monday.", name: "Survey", cue: "shows" },
  { text: "The polls that show Lee at 10 percent have Ortiz's lead growing.", name: "Polls", cue: "show" },
  {
    text: "Polls by the Marist Institute that showed Lee ahead in three states were released on Monday.",
    name: "Marist Institute",
    cue: "showed",
  },
  { text: "That report showed 40 deaths.", name: null },
  { text: "He dismissed the fact that reports show 40 deaths.", name: null },
  { text: "Everyone watched that show about 40 chefs.", name: null },
  // A restrictive "who" clause right before the verb picks out whom the sentence is about.
  { text: "A donor who wants to give more could pay as much as $5,000.", name: null },
];
describeCases("a reporting verb after a relative 'that'", relativeThatCases);

// A time adjunct between the subject and its verb: a weekday and its part of the day, a time lead and "in the" + time
// noun. A verb that reports nothing still gives no source.
const timeAdjunctCases: Case[] = [
  {
    text: "Ortiz Sunday night recounted a meeting that took place three weeks after the vote.",
    name: "Ortiz",
    cue: "recounted",
  },
  {
    text: "Chairman Dan Ruiz (D-Calif.) earlier in the day touted the 12 bills the panel had passed.",
    name: "Dan Ruiz",
    cue: "touted",
  },
  { text: "The ministry later in the week said that 40 people died.", name: "ministry", cue: "said" },
  { text: "The storm Sunday night flooded 40 homes.", name: null },
  { text: "Crews earlier in the day cleared 12 roads.", name: null },
];
describeCases("a time adjunct between the subject and its verb", timeAdjunctCases);

// "be quick / eager / careful to" + a reporting verb: the subject of "be" reports ("slow to" and verbs that report
// nothing give no source).
const readyToCases: Case[] = [
  {
    text: "Advisers to Ms. Ortiz are quick to point out that she has placed second in the last two contests.",
    name: "Advisers",
    cue: "point",
  },
  { text: "The ministry was careful to note that 40 people had been rescued.", name: "ministry", cue: "note" },
  { text: "Her aides were eager to say the plan would cost $4 billion.", name: "aides", cue: "say" },
  { text: "Crews were quick to clear 12 roads.", name: null },
  { text: "The ministry was slow to note that 40 people had died.", name: null },
];
describeCases("a reporting verb after 'be quick to'", readyToCases);

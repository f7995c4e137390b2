import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eventSignature, sameEvent } from "./event.ts";

const fixture = (name: string) =>
  eventSignature(readFileSync(path.resolve(import.meta.dirname, "../../tests/fixtures", name), "utf8"));

describe("event signatures", () => {
  const morning = fixture("events/fire-morning.txt");
  const evening = fixture("events/fire-evening.txt");
  const protest = fixture("events/protest-nairobi.txt");
  const iran = fixture("iran-militias.txt");

  it("names come from capitalised words, the dateline included; sentence-initial common words and days are not names", () => {
    expect(morning.lead).toEqual(expect.arrayContaining(["dhaka", "ashulia", "lumen", "knitwear"]));
    expect(morning.names).not.toContain("police");
    expect(morning.names).not.toContain("wednesday");
    expect(morning.names).not.toContain("firefighters");
    expect(protest.names).toEqual(["kenya", "nairobi"]);
  });

  it("two reports of one fire are one event; a same-day protest elsewhere and the Iran article are not", () => {
    expect(sameEvent(morning, evening)).toBe(true);
    for (const [a, b] of [
      [morning, protest],
      [evening, protest],
      [morning, iran],
      [evening, iran],
      [protest, iran],
    ]) {
      expect(sameEvent(a, b)).toBe(false);
    }
  });

  it("a two-word name counts once; a short item needs one shared lead name; no names, no event", () => {
    const la1 = eventSignature("LOS ANGELES — A fire at a warehouse in Los Angeles killed three, said John Perez.");
    const la2 = eventSignature("LOS ANGELES — Police in Los Angeles said two died in a crash, Mary Chen said.");
    expect(sameEvent(la1, la2)).toBe(false);
    const wire = eventSignature("Police said 24 people were killed in the market explosion in Takengon.");
    expect(sameEvent(wire, eventSignature("At least 3 people were killed in Takengon, police said."))).toBe(true);
    expect(sameEvent(eventSignature("Police said 24 people were killed."), wire)).toBe(false);
    expect(sameEvent(undefined, wire)).toBe(true);
  });

  it("titles and the generic halves of two different names are not shared names (t35-plus / t36-plus)", () => {
    const diego = eventSignature(
      "Chargers tackle Jamal Williams was arrested in San Diego, said General Manager A.J. Smith.",
    );
    const angelo = eventSignature("Warren Jeffs was arraigned in San Angelo, said Attorney General Greg Abbott.");
    expect(diego.names).not.toContain("general");
    expect(sameEvent(diego, angelo)).toBe(false);
    const fulton = eventSignature("A gunman shot three people in Fulton County, Georgia, said Sheriff Ray Hill.");
    const genesee = eventSignature("A gunman shot three people in Genesee County, Michigan, said Sheriff Rob Pickell.");
    expect(sameEvent(fulton, genesee)).toBe(false);
    // A place written in two different pairs is still one place: "Vancouver Island" and "Vancouver Sun".
    const island = eventSignature("A gunman shot one man at a party on Vancouver Island, Mayor Kirk said today.");
    const sun = eventSignature("A gunman shot one man at a party, the Vancouver Sun reports, and Mayor Kirk spoke.");
    expect(sameEvent(island, sun)).toBe(true);
  });
});

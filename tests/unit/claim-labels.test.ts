/**
 * Issue 10 item 6: a figure's claim label is the clause that holds the figure, trimmed at clause boundaries — never a
 * comma list of figures ("17 people, 38 patients, eight"), never a dangling "said" ("12 bodies said"), never the
 * attribution frame. One row per pattern; each failed on the label builder before (c69c361).
 */
import { describe, expect, it } from "vitest";
import { analyze } from "@/lib/analysis/analyze";

interface Row {
  pattern: string;
  text: string;
  /** A figure in the claim whose label is checked. */
  figure: string;
  label: string;
}

const ROWS: Row[] = [
  {
    pattern: "two figures joined by 'and' stay one clause, not '15 people, two'",
    text: "Police said 15 people were killed and two were missing.",
    figure: "15 people",
    label: "15 people were killed and two were missing",
  },
  {
    pattern: "the clause keeps its auxiliary: 'at least 12 workers were killed'",
    text: "At least 12 workers were killed in the fire, the fire service said.",
    figure: "12 workers",
    label: "At least 12 workers were killed in the fire",
  },
  {
    pattern: "a trailing frame is no part of the label (not '12 bodies said')",
    text: "Rescuers pulled 12 bodies from the rubble, officials said.",
    figure: "12 bodies",
    label: "Rescuers pulled 12 bodies from the rubble",
  },
  {
    pattern:
      "a fronted phrase holding the figure reads with the clause after its comma (PolNeAR train: the subject was dropped as if a list)",
    text: "Over the course of 48 hours, voters will hear two very different speeches.",
    figure: "48 hours",
    label: "Over the course of 48 hours, voters will hear two very different speeches",
  },
  {
    pattern: "'During the past 12 months,' is a fronted phrase, not the head of a list of subjects",
    text: "During the past 12 months, the city approved new housing rules.",
    figure: "12 months",
    label: "During the past 12 months, the city approved new housing rules",
  },
  {
    pattern: "a frame set off by commas inside the clause is left out (was 'At least 12 workers')",
    text: "At least 12 workers, police said, were killed in the fire.",
    figure: "12 workers",
    label: "At least 12 workers were killed in the fire",
  },
  {
    pattern:
      "a frame naming whom it told, set off by commas, covers the clause before it (was two claims, 'Officials: Were missing')",
    text: "Some 40 people, officials told reporters, were missing.",
    figure: "40 people",
    label: "Some 40 people were missing",
  },
  {
    pattern: "a list of figures before the verb is left out (not '17 people, 38 patients, eight firefighters')",
    text: "Doctors said 17 people, 38 patients and eight firefighters were treated.",
    figure: "17 people",
    label: "17 people were treated",
  },
  {
    pattern: "three clauses with figures: the first figure's clause (not '17 people, 38 patients, eight')",
    text: "The fire killed 17 people, injured 38 patients and left eight missing, officials said.",
    figure: "17 people",
    label: "The fire killed 17 people",
  },
  {
    pattern: "a leading adjunct before a comma is cut off",
    text: "In 2014, Ferguson had 115 instances of violent crime, according to the FBI.",
    figure: "115 instances",
    label: "Ferguson had 115 instances of violent crime",
  },
  {
    pattern: "a relative clause after the figure is cut off",
    text: "The union counted 27 fires that broke out in garment factories last year.",
    figure: "27 fires",
    label: "The union counted 27 fires",
  },
  {
    pattern: "a figure inside a quotation: the quoted clause only",
    text: '"We lost 30 percent of our customers," said Julie Miller, who worked at the plant for 20 years.',
    figure: "30 percent",
    label: "We lost 30 percent of our customers",
  },
];

describe("claim labels are the figure's clause (issue 10 item 6)", () => {
  it.each(ROWS.map((r) => [r.pattern, r] as const))("%s", (_pattern, row) => {
    const out = analyze({ id: "row", text: row.text });
    const q = out.quantities.find((x) => x.text.includes(row.figure));
    expect(q, JSON.stringify(out.quantities.map((x) => x.text))).toBeDefined();
    const claim = out.claims.find((c) => c.id === q?.claimId);
    expect(claim?.label).toBe(row.label);
    expect(claim?.label).not.toMatch(/\b(?:said|says|told)$/);
  });
});

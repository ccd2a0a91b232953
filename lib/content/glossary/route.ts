import type { GlossaryEntry } from "../types";

// How a drug is given and how much of it reaches the blood. Sorted by id.
export const routeTerms: GlossaryEntry[] = [
  {
    id: "bioavailability",
    name: "Bioavailability",
    category: "route",
    forms: [
      { text: "bioavailability", case: "word" },
      { text: "bioavailable", case: "word" },
    ],
    short:
      "The share of a dose that reaches your blood. All of a dose given into a vein gets there, but much less does when a drug is swallowed.",
    sources: ["medlineplus", "chong-2006"],
  },
  {
    id: "bolus",
    name: "Bolus",
    category: "route",
    forms: [
      { text: "bolus", case: "word" },
      { text: "boluses", case: "word" },
      { text: "bolus dose", case: "word" },
      { text: "bolus doses", case: "word" },
      { text: "IV push", case: "word" },
      { text: "loading dose", case: "word" },
      { text: "loading doses", case: "word" },
    ],
    short:
      "One dose given all at once, often quickly into a vein. It is not dripped in slowly over a long time.",
    sources: ["medlineplus", "cohen-2018"],
  },
  {
    id: "half-life",
    name: "Half-life",
    category: "route",
    forms: [
      { text: "half-life", case: "word", ambiguous: true },
      { text: "half-lives", case: "word", ambiguous: true },
      { text: "elimination half-life", case: "word" },
      { text: "plasma half-life", case: "word" },
    ],
    short:
      "The time it takes for half of a drug to leave your blood. For ketamine, it is about 2.5 to 3 hours.",
    sources: ["pmc10447145-review"],
  },
  {
    id: "infusion",
    name: "Infusion",
    category: "route",
    forms: [
      { text: "infusion", case: "word", ambiguous: true },
      { text: "infusions", case: "word", ambiguous: true },
      { text: "IV infusion", case: "word" },
      { text: "IV infusions", case: "word" },
      { text: "intravenous infusion", case: "word" },
      { text: "intravenous infusions", case: "word" },
      { text: "booster infusion", case: "word" },
      { text: "booster infusions", case: "word" },
      { text: "drip", case: "word", ambiguous: true },
      { text: "drips", case: "word", ambiguous: true },
    ],
    short:
      "Medicine given slowly into a vein through a thin tube, over minutes to hours. It is also called a drip.",
    sources: ["medlineplus"],
  },
  {
    id: "intramuscular",
    name: "Intramuscular (IM)",
    category: "route",
    forms: [
      { text: "intramuscular", case: "word" },
      { text: "intramuscularly", case: "word" },
      { text: "IM", case: "abbr", ambiguous: true },
      { text: "IM injection", case: "word" },
      { text: "IM injections", case: "word" },
      { text: "injection into muscle", case: "word" },
      { text: "injection into a muscle", case: "word" },
      { text: "muscle injection", case: "word" },
      { text: "muscle injections", case: "word" },
      { text: "shot", case: "word", ambiguous: true },
      { text: "shots", case: "word", ambiguous: true },
    ],
    short:
      "A shot given deep into a muscle, often in the upper arm or thigh. The drug then soaks into the blood from the muscle.",
    sources: ["medlineplus"],
  },
  {
    id: "intranasal",
    name: "Intranasal (nasal spray)",
    category: "route",
    forms: [
      { text: "intranasal", case: "word" },
      { text: "intranasally", case: "word" },
      { text: "nasal spray", case: "word" },
      { text: "nasal sprays", case: "word" },
      { text: "nasal", case: "word", ambiguous: true },
      { text: "nasally", case: "word", ambiguous: true },
    ],
    short:
      "Given as a spray or drops into the nose. The drug soaks into the blood through the lining of the nose.",
    sources: ["medlineplus"],
  },
  {
    id: "intravenous",
    name: "Intravenous (IV)",
    category: "route",
    forms: [
      { text: "intravenous", case: "word" },
      { text: "intravenously", case: "word" },
      {
        text: "IV",
        case: "abbr",
        ambiguous: true,
        notAfter: [
          "stage",
          "type",
          "grade",
          "class",
          "phase",
          "part",
          "schedule",
          "level",
          "category",
          "chapter",
          "volume",
          "henry",
        ],
      },
      { text: "IV drip", case: "word" },
      { text: "IV drips", case: "word" },
      { text: "IV line", case: "word" },
      { text: "IV lines", case: "word" },
      { text: "IV injection", case: "word" },
      { text: "IV injections", case: "word" },
      { text: "by vein", case: "word" },
      { text: "into a vein", case: "word" },
    ],
    short:
      "Given straight into a vein, through a needle or a thin tube. All of the drug reaches the blood, and it starts to work within minutes.",
    sources: ["medlineplus", "ketalar-label"],
  },
  {
    id: "oral",
    name: "Oral (by mouth)",
    category: "route",
    forms: [
      { text: "oral", case: "word", ambiguous: true },
      { text: "orally", case: "word", ambiguous: true },
      { text: "by mouth", case: "word" },
      { text: "per os", case: "word" },
    ],
    short:
      "Swallowed as a pill, capsule or liquid. The drug passes through the gut and the liver before it reaches the rest of the body.",
    sources: ["medlineplus"],
  },
  {
    id: "subcutaneous",
    name: "Subcutaneous",
    category: "route",
    forms: [
      { text: "subcutaneous", case: "word" },
      { text: "subcutaneously", case: "word" },
      { text: "subcut", case: "word" },
      { text: "under the skin", case: "word", ambiguous: true },
    ],
    short:
      "Given into the fatty layer just under the skin, with a small needle or a slow pump. Insulin is often given this way.",
    sources: ["medlineplus"],
  },
  {
    id: "sublingual",
    name: "Sublingual (under the tongue)",
    category: "route",
    forms: [
      { text: "sublingual", case: "word" },
      { text: "sublingually", case: "word" },
      { text: "under the tongue", case: "word" },
      { text: "SL", case: "abbr", ambiguous: true },
      { text: "buccally", case: "word" },
    ],
    short:
      "Placed under the tongue, or against the cheek, to melt. Part of the drug soaks into the blood through the lining of the mouth.",
    sources: ["medlineplus", "chong-2006"],
  },
];

import type { GlossaryDetail } from '../types';

// Longer explanations for the route terms. Sorted by id.
export const routeDetails: GlossaryDetail[] = [
  {
    id: 'bioavailability',
    explanation:
      'Bioavailability is given as a percent. For ketamine, about 100% reaches the blood by vein, about 93% by a shot in a muscle, and about 25 to 50% by nasal spray. About 30% gets in from under the tongue, and only about 17 to 23% when it is swallowed. So the same number of milligrams gives very different amounts of drug by each route.',
    ketamineNote:
      'Ketamine doses cannot be swapped one-for-one between routes. The amount taken up also differs a lot from person to person.',
    related: ['oral', 'sublingual', 'intranasal', 'intravenous', 'half-life'],
    sources: ['pmc10447145-review', 'chong-2006'],
  },
  {
    id: 'bolus',
    explanation:
      'A bolus raises the drug level in the blood fast. It is sometimes given at the start of an infusion, where it may be called a loading dose. Because the level rises quickly, side effects can also come on quickly.',
    ketamineNote:
      'The 2018 US pain guideline suggests a ketamine bolus of no more than 0.35 mg per kg of body weight. Giving ketamine fast or in high doses raises the risk of slowed breathing.',
    related: ['infusion', 'intravenous', 'subanesthetic-dose', 'respiratory-depression'],
    sources: ['medlineplus', 'cohen-2018', 'ketalar-label'],
  },
  {
    id: 'half-life',
    explanation:
      'After a dose, the body keeps clearing the drug. After 1 half-life about half is left, and after 2 about a quarter is left. After 5 half-lives only about 3% remains. A drug with a short half-life wears off soon unless it is given again.',
    ketamineNote:
      "Ketamine's pain relief can last longer than the drug itself stays in the blood, and no one is sure why. But in one fibromyalgia trial, relief faded once the drug had left the blood.",
    related: ['bioavailability', 'norketamine', 'infusion', 'bolus'],
    sources: ['medlineplus', 'pmc10447145-review', 'maher-2017', 'noppers-2011'],
  },
  {
    id: 'infusion',
    explanation:
      'For an infusion, a nurse puts a small plastic tube in a vein, often in the hand or arm. A pump or a hanging bag then lets the medicine flow in at a set rate. You usually sit or lie down while staff check your blood pressure, heart rate and oxygen level.',
    ketamineNote:
      "Plans range from one infusion of under an hour to daily ones for several days. Relief tends to fade in days or weeks, so clinics often offer 'booster' infusions, and each one adds risk.",
    related: ['intravenous', 'bolus', 'subanesthetic-dose', 'controlled-medical-setting', 'monitoring'],
    sources: ['medlineplus', 'cohen-2018', 'noppers-2011', 'sigtermans-2009', 'patil-2012', 'xu-2018'],
  },
  {
    id: 'intramuscular',
    explanation:
      'Muscles have a good blood supply, so drugs given this way are taken up fairly fast, though not as fast as into a vein. For ketamine, about 93% of a dose in a muscle reaches the blood. No tube in a vein is needed.',
    ketamineNote:
      'IM is one of the 2 routes, along with IV, that the FDA approved for ketamine, and only for anesthesia. The 2018 US pain guideline covers IV infusions only, not IM shots for pain.',
    related: ['intravenous', 'bioavailability', 'subcutaneous', 'anesthetic'],
    sources: ['medlineplus', 'pmc10447145-review', 'ketalar-label', 'cohen-2018'],
  },
  {
    id: 'intranasal',
    explanation:
      'The inside of the nose has many small blood vessels, so some drugs can be taken up there without a needle. For ketamine, about 25 to 50% of a nasal dose reaches the blood. The 2018 US pain guideline lists nasal ketamine as something to try for people whose pain eased with infusions. Ketamine nasal sprays for home use are compounded, and the FDA warned about them in 2022.',
    ketamineNote:
      'Spravato (esketamine) is the only approved spray of this kind. It is for depression, not pain, and is only given at a clinic where staff watch you.',
    related: ['esketamine', 'compounded-drug', 'bioavailability', 'rems'],
    sources: ['medlineplus', 'pmc10447145-review', 'cohen-2018', 'spravato-approval', 'fda-2022-nasal'],
  },
  {
    id: 'intravenous',
    explanation:
      'IV medicine can be given as one quick dose (a bolus) or slowly over time (an infusion). Because none of it is lost in the gut or liver, an IV dose counts as 100% bioavailable. Staff can also stop an infusion quickly if side effects start.',
    ketamineNote:
      'IV is one of the 2 FDA-approved routes for ketamine, for anesthesia, and it is the only route the 2018 US pain guideline covers. Its effects start within minutes, but pain relief is often short.',
    related: ['infusion', 'bolus', 'intramuscular', 'bioavailability'],
    sources: ['medlineplus', 'ketalar-label', 'cohen-2018', 'orhurhu-2019'],
  },
  {
    id: 'oral',
    explanation:
      'Swallowed drugs are taken up in the gut. They then pass through the liver, which breaks down part of each dose first. This is called first-pass metabolism. For ketamine, only about 17 to 23% of a swallowed dose reaches the blood, and much of the rest becomes norketamine. The 2018 US pain guideline lists ketamine by mouth as an option after a good response to infusions, but the evidence is weak.',
    ketamineNote:
      'No ketamine pill or liquid is FDA-approved, so these are compounded. In 2023 the FDA warned about compounded ketamine taken at home, where no one is there to watch for slowed breathing or other harms.',
    related: ['bioavailability', 'norketamine', 'compounded-drug', 'sublingual', 'respiratory-depression'],
    sources: ['medlineplus', 'chong-2006', 'pmc10447145-review', 'cohen-2018', 'fda-2023-compounded', 'ketalar-label'],
  },
  {
    id: 'subcutaneous',
    explanation:
      'Drugs given this way enter the blood more slowly than through a muscle or a vein. A small pump can give a steady dose through a thin needle that stays in place. It is not one of the FDA-approved routes for ketamine.',
    ketamineNote:
      'In a large trial in people with cancer pain, ketamine under the skin did no better than placebo. It also caused about twice as many side effects.',
    related: ['cancer-pain', 'intramuscular', 'bioavailability', 'placebo'],
    sources: ['medlineplus', 'ketalar-label', 'hardy-2012'],
  },
  {
    id: 'sublingual',
    explanation:
      'Drugs taken up through the lining of the mouth can skip the first pass through the liver. But some of each dose is always swallowed with saliva. For ketamine, about 30% of a dose under the tongue reaches the blood, and the amount differs a lot between people.',
    ketamineNote:
      'Ketamine lozenges, troches and tablets that melt in the mouth are made by compounding pharmacies. They are not FDA-approved, and the FDA warned about such products in 2023.',
    related: ['oral', 'compounded-drug', 'bioavailability', 'intranasal'],
    sources: ['chong-2006', 'fda-2023-compounded', 'ketalar-label'],
  },
];

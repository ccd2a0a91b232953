// Vite plugin: the glossary's match data for the content script (lib/term-data.ts), generated at
// build time from data/ so there is one source of truth. Two modules, so each bundle carries only its
// part:
// - `virtual:painlens-term-data` (the content script): the versions of the first stage's keys, the
//   forms and the texts it expects to find in storage.local.
// - `virtual:painlens-term-forms` (the background): the forms, packed in groups by their first word
//   (lib/term-data.ts, packFormGroups), and the first stage's keys,
//   which it writes to storage.local. A content script reads the keys with its settings, in the same
//   call, and the forms only once its first stage finds a candidate, so neither the ~50 kB of forms
//   nor the 10 kB of keys is in any page's bundle (issue 14: the content script <= 80 kB).
//
// The bench's build mode `glossary4x` (`wxt build --mode glossary4x`) packs a synthetic glossary of
// four times the forms instead: every form again three times with made-up words that occur on no page,
// so the pages find the same terms while the tables grow (issue 14, "flat in glossary size").
import type { Plugin } from 'vite';
import type { GlossaryEntry } from '../data/types';
import { glossary } from '../data/glossary/index';
import { sources } from '../data/sources';
import {
  encodeKeys,
  fingerprint,
  formGroupsVersion,
  packFormGroups,
  packForms,
  packTermTexts,
  unpackFormGroups,
  unpackForms,
} from '../lib/term-data';
import { firstStageKeys } from '../lib/term-matcher';

const DATA_ID = 'virtual:painlens-term-data';
const FORMS_ID = 'virtual:painlens-term-forms';
const RESOLVED = new Map([DATA_ID, FORMS_ID].map((id) => [`\0${id}`, id]));
export const GLOSSARY_4X_MODE = 'glossary4x';

/** A deterministic made-up ending for copy `k` of a token: lower- or upper-case like the token's end. */
function syntheticToken(token: string, k: number, salt: number): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  let h = (salt * 31 + k * 7919) >>> 0;
  let end = '';
  for (let i = 0; i < 3; i++) {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    end += letters[h % letters.length];
  }
  return /[A-Z]$/.test(token) ? token + end.toUpperCase() : token + end;
}

export function syntheticGlossary(entries: readonly GlossaryEntry[], factor: number): GlossaryEntry[] {
  const out: GlossaryEntry[] = [...entries];
  let salt = 0;
  for (let k = 1; k < factor; k++) {
    for (const e of entries) {
      out.push({
        ...e,
        id: `${e.id}-synthetic-${k}`,
        forms: e.forms.map((f) => ({
          ...f,
          text: f.text.replace(/[\p{L}\p{N}]+/gu, (t) => syntheticToken(t, k, ++salt)),
        })),
      });
    }
  }
  return out;
}

export function termDataPlugin(): Plugin {
  let mode = 'production';
  return {
    name: 'painlens-term-data',
    configResolved(config) {
      mode = config.mode;
    },
    resolveId(id) {
      return id === DATA_ID || id === FORMS_ID ? `\0${id}` : undefined;
    },
    load(id) {
      const which = RESOLVED.get(id);
      if (!which) return undefined;
      const entries = mode === GLOSSARY_4X_MODE ? syntheticGlossary(glossary, 4) : glossary;
      const groups = packFormGroups(unpackForms(packForms(entries)));
      const formsVersion = `export const termFormsVersion = ${JSON.stringify(formGroupsVersion(groups))};`;
      const keys = encodeKeys(firstStageKeys(unpackFormGroups(groups)));
      const keysVersion = `export const firstStageVersion = ${JSON.stringify(fingerprint(keys))};`;
      if (which === FORMS_ID)
        return [
          `export const formGroups = ${JSON.stringify(groups)};`,
          `export const firstStageKeys = ${JSON.stringify(keys)};`,
          formsVersion,
          keysVersion,
        ].join('\n');
      const textsVersion = fingerprint(packTermTexts(glossary, sources));
      return [`export const termTextsVersion = ${JSON.stringify(textsVersion)};`, formsVersion, keysVersion].join('\n');
    },
  };
}

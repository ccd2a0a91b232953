// Vite plugin: `virtual:painlens-term-data` is the glossary's match forms packed for the content
// script (lib/term-data.ts), generated at build time from data/ so there is one source of truth.
import type { Plugin } from 'vite';
import { glossary } from '../data/glossary/index';
import { sources } from '../data/sources';
import { fingerprint, packForms, packTermTexts } from '../lib/term-data';

const ID = 'virtual:painlens-term-data';
const RESOLVED = `\0${ID}`;

export function termDataPlugin(): Plugin {
  return {
    name: 'painlens-term-data',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const textsVersion = fingerprint(packTermTexts(glossary, sources));
      return [
        `export const packedForms = ${JSON.stringify(packForms(glossary))};`,
        `export const termTextsVersion = ${JSON.stringify(textsVersion)};`,
      ].join('\n');
    },
  };
}

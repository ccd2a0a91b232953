// The build's generated modules (scripts/term-data-plugin.ts).
declare module 'virtual:painlens-term-data' {
  /** Fingerprint of the first stage's keys this build expects in storage. */
  export const firstStageVersion: string;
  /** Fingerprint of the tooltip texts this build expects in storage. */
  export const termTextsVersion: string;
  /** Fingerprint of the packed match forms this build expects in storage. */
  export const termFormsVersion: string;
}

declare module 'virtual:painlens-term-forms' {
  import type { FormGroups } from './term-data';
  /** The match forms, packed in groups by first word: the background writes them to storage.local for the content scripts. */
  export const formGroups: FormGroups;
  export const termFormsVersion: string;
  /** The first stage's keys (lib/term-matcher.ts, firstStageKeys), encoded by encodeKeys. */
  export const firstStageKeys: string;
  export const firstStageVersion: string;
}

/** A file of the build, by URL (Vite's `?url` import): the pdf.js worker script. */
declare module '*?url' {
  const url: string;
  export default url;
}

declare module 'virtual:painlens-term-data' {
  import type { PackedForms } from './term-data';
  export const packedForms: PackedForms;
  /** The first stage's keys (lib/term-matcher.ts, firstStageKeys), encoded by encodeKeys. */
  export const firstStageKeys: string;
  /** Fingerprint of the tooltip texts this build expects in storage. */
  export const termTextsVersion: string;
}

/** A file of the build, by URL (Vite's `?url` import): the pdf.js worker script. */
declare module '*?url' {
  const url: string;
  export default url;
}

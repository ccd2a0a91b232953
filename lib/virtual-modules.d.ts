declare module 'virtual:painlens-term-data' {
  import type { PackedForms } from './term-data';
  export const packedForms: PackedForms;
  /** Fingerprint of the tooltip texts this build expects in storage. */
  export const termTextsVersion: string;
}

// Moves the checklist answers of versions 1 and 2 out of storage.local, where every content script
// could read them, into the reader's IndexedDB (./reader.ts). Nothing is lost on the way:
// 1. the stored value goes through lib/answers.ts's migrations to a version-3 record, unreadable
//    entries included as they are (the first page that reads the record reports them to the reader
//    and repairs it);
// 2. it is merged into whatever record the database already holds, in one transaction;
// 3. only once that transaction has committed are the storage.local copy and its version mark
//    removed. A failure anywhere leaves storage.local as it was, and the next start tries again.
// The background worker runs this at every start, so the answers leave storage.local soon after an
// update even if no page is opened; every page also checks before each read or update of the record
// (one storage.local read when nothing is left), so answers an older copy wrote are never missed.
// A Web Lock keeps two of them from moving the same answers twice.
import { browser } from 'wxt/browser';
import { mergeMovedRecord, migrateAnswersV2ToV3 } from '@/lib/answers';
import { LOCAL_KEYS, READER_KEYS, versionKey } from './keys';
import { updateReaderRaw } from './reader';

const LEGACY = LOCAL_KEYS.checklistAnswers;
const LEGACY_KEYS = [LEGACY, versionKey(LEGACY)];

export type MoveResult = 'moved' | 'nothing-to-move';

async function move(): Promise<MoveResult> {
  const got = await browser.storage.local.get(LEGACY_KEYS);
  if (!Object.hasOwn(got, LEGACY) || got[LEGACY] === undefined) {
    // A version mark left alone (its value was written in a second call that never came).
    if (Object.hasOwn(got, versionKey(LEGACY))) await browser.storage.local.remove(versionKey(LEGACY));
    return 'nothing-to-move';
  }
  // Version 1 and 2 values alike: the version-3 migration reads both shapes (lib/answers.ts).
  const moved = migrateAnswersV2ToV3(got[LEGACY]);
  await updateReaderRaw(READER_KEYS.checklist, (current) => mergeMovedRecord(current, moved));
  await browser.storage.local.remove(LEGACY_KEYS);
  return 'moved';
}

/** Moves the answers if storage.local still has them; rejects, leaving them there, if it cannot. */
export async function moveAnswersOutOfLocal(): Promise<MoveResult> {
  // The usual case, once moved: nothing there, no lock taken.
  const found = await browser.storage.local.get(LEGACY_KEYS);
  if (!LEGACY_KEYS.some((k) => Object.hasOwn(found, k))) return 'nothing-to-move';
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? locks.request('painlens:move-answers', move) : move();
}

// A value the background keeps in storage.local for every frame's content script to read without
// waking the worker (the tooltip texts, the match forms).

/**
 * Returns `ensure`: it writes the value unless the same value, intact, is there already. Calls run one
 * after another (install, start-up and a content script's request can come at once), so the promise
 * of the latest call also says that every earlier one is done.
 */
export function storedCopy(isCurrent: () => Promise<boolean>, write: () => Promise<void>): () => Promise<void> {
  let checked: Promise<void> = Promise.resolve();
  return () => {
    const check = async () => {
      if (!(await isCurrent())) await write();
    };
    const next = checked.then(check, check);
    checked = next.catch(() => {});
    return next;
  };
}

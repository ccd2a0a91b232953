// The bench's log and error list: every step says what it does, and a step that fails is recorded
// (the run goes on; main() exits non-zero at the end when anything could not be measured).
const t0 = Date.now();

export const errors: string[] = [];
export const elapsedS = () => Math.round((Date.now() - t0) / 1000);
export const say = (s: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${s}`);
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs one measurement; a failure is recorded in `errors` and the bench goes on. */
export async function step(what: string, fn: () => Promise<void>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    const msg = `${what}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
    errors.push(msg);
    say(`  ERROR ${msg}`);
  }
}

export async function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

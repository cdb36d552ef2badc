import { setImmediate as tick } from 'node:timers/promises';

/** True when the promise has not settled after the streams and the event loop have had their turn. */
export async function pending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await tick();
  await tick();
  return !settled;
}

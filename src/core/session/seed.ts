// The seed a session runs on: the one given, else a new one from the runtime's random source.

/** A new 32-bit seed from a random source returning numbers in [0, 1). */
export function newSeed(random: () => number): number {
  return Math.floor(random() * 2 ** 32);
}

/** The seed given (`--seed`), else a new one; `random` is called only when none was given. */
export function sessionSeed(given: number | undefined, random: () => number): number {
  return given ?? newSeed(random);
}

/**
 * A text function that reads each text once: the question builder weighs the same choices and
 * descriptions against many others. The cache is dropped whole when it grows past `limit`, so a
 * huge collection costs bounded memory.
 */
export function readOnce<T>(read: (text: string) => T, limit = 50_000): (text: string) => T {
  const seen = new Map<string, T>();
  return (text: string): T => {
    const known = seen.get(text);
    if (known !== undefined || seen.has(text)) return known as T;
    if (seen.size > limit) seen.clear();
    const value = read(text);
    seen.set(text, value);
    return value;
  };
}

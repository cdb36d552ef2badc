import { useEffect, useState } from '@inquirer/core';

/** Re-renders the prompt once a second so `status()` can show the time left. */
export function useTicker(status?: () => string): string {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!status) return undefined;
    const timer = setInterval(() => setTick((n: number) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  return status ? status() : '';
}

import { useCallback, useEffect, useState } from 'react';

/**
 * `value` once it has stopped changing for `delayMs`, so typing reads the list once per pause,
 * and `flush` to take the current value at once (another filter changed: reading with a search
 * text the person already changed would be a wasted read).
 */
export function useDebounced<T>(value: T, delayMs: number): [T, () => void] {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  const flush = useCallback(() => setSettled(value), [value]);
  return [settled, flush];
}

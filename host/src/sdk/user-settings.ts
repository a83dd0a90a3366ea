/**
 * useUserSettings / useUserPreference backed by localStorage (the console keeps
 * them in a ConfigMap; a standalone host has no user to store them for).
 */
import { useCallback, useState, type Dispatch, type SetStateAction } from 'react';

const PREFIX = 'forklift-host.user-settings.';

const read = <T>(key: string, fallback: T): T => {
  try {
    const raw = window.localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
};

export const useUserSettings = <T>(key: string, defaultValue?: T): [T, Dispatch<SetStateAction<T>>, boolean] => {
  const [value, setValue] = useState<T>(() => read(key, defaultValue as T));
  const set: Dispatch<SetStateAction<T>> = useCallback(
    (next) =>
      setValue((prev) => {
        const v = typeof next === 'function' ? (next as (p: T) => T)(prev) : next;
        try {
          window.localStorage.setItem(PREFIX + key, JSON.stringify(v));
        } catch {
          // storage full or disabled: the value still lives for this session
        }
        return v;
      }),
    [key],
  );
  return [value, set, true];
};

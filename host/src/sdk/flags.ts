/**
 * Feature flags (useFlag). The host sets them, e.g. from `console.flag/model`
 * extensions once discovery shows whether the model exists; a listener keeps the
 * PluginStore's flags (which gate extensions) in step.
 */
import { useSyncExternalStore } from 'react';

let flags: Record<string, boolean> = {};
const listeners = new Set<() => void>();

export const getFlags = (): Record<string, boolean> => flags;

export const setFlags = (next: Record<string, boolean>): void => {
  const changed = Object.entries(next).some(([k, v]) => flags[k] !== v);
  if (!changed) return;
  flags = { ...flags, ...next };
  listeners.forEach((l) => l());
};

export const subscribeFlags = (l: () => void): (() => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const useFlag = (flag: string): boolean => useSyncExternalStore(subscribeFlags, () => !!flags[flag]);

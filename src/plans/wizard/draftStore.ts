/**
 * The wizard's draft in localStorage, one per namespace, so a reload (or a
 * crash, or a failed create) never loses what was typed. Written on every
 * change (debounced by the page), removed after a successful create or when
 * the user discards it.
 */
import { withDefaults, type WizardValues } from './values';

const PREFIX = 'forklift-console/plan-wizard-draft/';
/** Drafts carry their format version so a future change can ignore incompatible ones. */
const VERSION = 1;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const storage = (): StorageLike | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage disabled by the browser's settings
  }
};

export const draftKey = (namespace: string): string => `${PREFIX}${namespace}`;

export interface Draft {
  values: WizardValues;
  savedAt: string;
}

export const loadDraft = (namespace: string, store: StorageLike | undefined = storage()): Draft | undefined => {
  const text = store?.getItem(draftKey(namespace));
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { version?: number; values?: Partial<WizardValues>; savedAt?: string };
    if (parsed.version !== VERSION || !parsed.values) return undefined;
    return { values: withDefaults(namespace, parsed.values), savedAt: parsed.savedAt ?? '' };
  } catch {
    return undefined;
  }
};

export const saveDraft = (values: WizardValues, store: StorageLike | undefined = storage(), now: Date = new Date()): void => {
  try {
    store?.setItem(draftKey(values.namespace), JSON.stringify({ version: VERSION, values, savedAt: now.toISOString() }));
  } catch {
    // Quota exceeded or storage disabled: the wizard still works, only without a draft.
  }
};

export const discardDraft = (namespace: string, store: StorageLike | undefined = storage()): void => store?.removeItem(draftKey(namespace));

/** A draft worth offering back: something beyond the defaults was typed. */
export const isDraftWorthKeeping = (values: WizardValues): boolean =>
  !!(values.name || values.description || values.sourceProvider || values.vms.length || values.vmQuery);

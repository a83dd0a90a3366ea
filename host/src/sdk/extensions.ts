/**
 * The console's useResolvedExtensions(...typeGuards), built on the generic
 * loader's useExtensions + useResolvedExtensions (which take the extensions).
 */
import { useCallback } from 'react';
import {
  useExtensions,
  useResolvedExtensions as useResolvedLoadedExtensions,
  type Extension,
  type LoadedAndResolvedExtension,
} from '@openshift/dynamic-plugin-sdk';

type Guard = (e: Extension) => boolean;

export const useResolvedExtensions = <E extends Extension>(
  ...typeGuards: Guard[]
): [LoadedAndResolvedExtension<E>[], boolean, unknown[]] => {
  // Guards are module-level functions in practice; key the predicate on them.
  const predicate = useCallback((e: Extension): e is E => typeGuards.every((g) => g(e)), typeGuards); // eslint-disable-line react-hooks/exhaustive-deps
  const extensions = useExtensions<E>(predicate);
  return useResolvedLoadedExtensions<E>(extensions);
};

/**
 * What the frame needs from the plugin: navigation and page extensions, plus
 * the side effects the console performs for `console.flag/model` (flags from
 * discovery) and `console.model-metadata` (labels, abbreviations, colours).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useExtensions, usePluginStore, type Extension } from '@openshift/dynamic-plugin-sdk';
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { discovery, setModelOverrides } from '../sdk/runtime';
import { getReference } from '../sdk/refs';
import { setFlags } from '../sdk/flags';
import { translateExtensionString } from './extension-strings';
import type { ModelRef } from './nav';

const ofType =
  (...types: string[]) =>
  (e: Extension): e is Extension => types.includes(e.type);

export const isNavSection = ofType('console.navigation/section');
export const isNavItem = ofType('console.navigation/href', 'console.navigation/resource-ns', 'console.navigation/resource-cluster');
export const isPage = ofType('console.page/route', 'console.page/resource/list', 'console.page/resource/details');
const isModelFlag = ofType('console.flag/model');
const isModelMetadata = ofType('console.model-metadata');

export const refOf = (m: ModelRef): string => getReference({ group: m.group, version: m.version ?? 'v1', kind: m.kind });

/**
 * Sets `console.flag/model` flags once discovery answers; returns whether they
 * are settled for the flag extensions known now. Settled is tied to the list it
 * was computed for: when the plugin loads, its flags arrive as a new list, and
 * an earlier "settled" (for no flags) must not let the routes render before
 * FORKLIFT is set, or every flag-gated page is missing and the 404 flashes.
 */
export const useModelFlags = (): boolean => {
  const store = usePluginStore();
  const flagExts = useExtensions(isModelFlag);
  const [settledFor, setSettledFor] = useState<string | undefined>(undefined);
  const key = flagExts.map((e) => e.uid).join(' ');
  useEffect(() => {
    let live = true;
    const apply = () => {
      const flags: Record<string, boolean> = {};
      for (const e of flagExts) {
        const { flag, model } = e.properties as { flag: string; model: ModelRef };
        // A model flag is on when the cluster serves the kind; a version-less model matches any version.
        flags[flag] = model.version
          ? !!discovery.find(refOf(model))
          : Object.values(discovery.all()).some((m) => m.kind === model.kind && (m.apiGroup ?? '') === (model.group ?? ''));
      }
      setFlags(flags);
      store.setFeatureFlags(flags);
      if (live) setSettledFor(key);
    };
    discovery.load().then(apply, (e) => {
      console.error('API discovery failed', e);
      if (live) setSettledFor(key);
    });
    return () => {
      live = false;
    };
  }, [flagExts, key, store]);
  return settledFor === key;
};

/** Applies `console.model-metadata` to discovered models (translated). */
export const useModelMetadata = (): void => {
  const metadata = useExtensions(isModelMetadata);
  const { t } = useTranslation();
  useEffect(() => {
    const overrides: Record<string, Partial<K8sModel>> = {};
    for (const e of metadata) {
      const p = e.properties as { model: ModelRef; label?: string; labelPlural?: string; abbr?: string; color?: string };
      if (!p.model.version) continue;
      const o: Partial<K8sModel> = {};
      if (p.label) o.label = translateExtensionString(p.label, t);
      if (p.labelPlural) o.labelPlural = translateExtensionString(p.labelPlural, t);
      if (p.abbr) o.abbr = p.abbr;
      if (p.color) o.color = p.color;
      overrides[refOf(p.model)] = o;
    }
    setModelOverrides(overrides);
  }, [metadata, t]);
};

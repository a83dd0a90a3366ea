/**
 * Where a plan's workloads run, as the six Plan fields Forklift has for it:
 * labels, node selector and affinity of the migrated VMs (`target*`) and of
 * the virt-v2v convertor pods (`convertor*`). The same text form is used by
 * the wizard and by the plan details page: labels and node selectors as
 * `key=value` lists, affinities as a KARL rule or YAML (affinityText.ts).
 */
import type { Patch } from '@openshift-console/dynamic-plugin-sdk';
import * as z from 'zod/mini';
import '../../utils/zodEnglish';
import type { V1beta1Plan } from '../../k8s/types';
import { formatKeyValues, parseKeyValues } from '../wizard/keyValues';
import { affinityTextOf, parseAffinityText } from './affinityText';
import { canonicalJson } from './karl';

export const LABEL_FIELDS = ['targetLabels', 'targetNodeSelector', 'convertorLabels', 'convertorNodeSelector'] as const;
export const AFFINITY_FIELDS = ['targetAffinity', 'convertorAffinity'] as const;
export type LabelField = (typeof LABEL_FIELDS)[number];
export type AffinityField = (typeof AFFINITY_FIELDS)[number];
export type PlacementField = LabelField | AffinityField;

export type PlacementText = Record<PlacementField, string>;

/** Nothing typed in any placement field (the wizard's defaults). */
export const EMPTY_PLACEMENT_TEXT: PlacementText = {
  targetLabels: '',
  targetNodeSelector: '',
  targetAffinity: '',
  convertorLabels: '',
  convertorNodeSelector: '',
  convertorAffinity: '',
};

/** The placement fields of a Plan's spec. */
export type PlacementSpec = Pick<
  NonNullable<V1beta1Plan['spec']>,
  'targetLabels' | 'targetNodeSelector' | 'targetAffinity' | 'convertorLabels' | 'convertorNodeSelector' | 'convertorAffinity'
>;

/** `key=value` text; the message is `Labels|<parser detail>` (errorText translates it). */
export const keyValuesText = z.string().check(
  z.superRefine((text, issue) => {
    const { error } = parseKeyValues(text);
    if (error) issue.addIssue({ code: 'custom', message: `Labels|${error}` });
  }),
);

/** Affinity text; the message is `Affinity|<JSON of the error>` (affinityErrorText translates it). */
export const affinityText = z.string().check(
  z.superRefine((text, issue) => {
    const parsed = parseAffinityText(text);
    if (parsed.error) issue.addIssue({ code: 'custom', message: `Affinity|${JSON.stringify(parsed.error)}` });
  }),
);

export const placementSchema = z.object({
  targetLabels: keyValuesText,
  targetNodeSelector: keyValuesText,
  targetAffinity: affinityText,
  convertorLabels: keyValuesText,
  convertorNodeSelector: keyValuesText,
  convertorAffinity: affinityText,
});

type SpecWithPlacement = NonNullable<V1beta1Plan['spec']> & PlacementSpec;

/** The text form of a plan's placement, to edit it. */
export const placementTextOf = (spec: SpecWithPlacement | undefined): PlacementText => ({
  targetLabels: formatKeyValues(spec?.targetLabels),
  targetNodeSelector: formatKeyValues(spec?.targetNodeSelector),
  targetAffinity: affinityTextOf(spec?.targetAffinity),
  convertorLabels: formatKeyValues(spec?.convertorLabels),
  convertorNodeSelector: formatKeyValues(spec?.convertorNodeSelector),
  convertorAffinity: affinityTextOf(spec?.convertorAffinity),
});

/** The spec fields of valid placement text; empty fields are left out. */
export const placementSpec = (text: Partial<PlacementText>): PlacementSpec => {
  const spec: PlacementSpec = {};
  for (const field of LABEL_FIELDS) {
    const values = parseKeyValues(text[field] ?? '').values;
    if (Object.keys(values).length) spec[field] = values;
  }
  for (const field of AFFINITY_FIELDS) {
    const affinity = parseAffinityText(text[field] ?? '').affinity;
    if (affinity) spec[field] = affinity;
  }
  return spec;
};

/**
 * JSON patch ops that make the plan's placement what `text` says: a field
 * emptied is removed, a changed one added or replaced, an unchanged one
 * left alone (so a save that changes nothing writes nothing).
 */
export const placementOps = (plan: V1beta1Plan, text: PlacementText): Patch[] => {
  const current = (plan.spec ?? {}) as SpecWithPlacement;
  const next = placementSpec(text);
  const ops: Patch[] = [];
  for (const field of [...LABEL_FIELDS, ...AFFINITY_FIELDS]) {
    const had = current[field];
    const wanted = next[field];
    const path = `/spec/${field}`;
    if (wanted === undefined) {
      if (had !== undefined) ops.push({ op: 'remove', path });
    } else if (had === undefined) {
      ops.push({ op: 'add', path, value: wanted });
    } else if (canonicalJson(had) !== canonicalJson(wanted)) {
      ops.push({ op: 'replace', path, value: wanted });
    }
  }
  return ops;
};

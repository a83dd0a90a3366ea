/**
 * Pure helpers behind the host's ResourceYAMLEditor: the YAML shown for a
 * resource, reading the edited text back, and the console's messages.
 */
import { parse, stringify } from 'yaml';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

/** The resource as editable YAML: managedFields left out (noise nobody edits), keys in server order. */
export const editableYaml = (resource: K8sResourceCommon | string): string => {
  if (typeof resource === 'string') return resource;
  const metadata = { ...resource.metadata } as Record<string, unknown>;
  delete metadata.managedFields;
  return stringify({ ...resource, metadata });
};

export type ParsedResource = { resource: K8sResourceCommon; error?: undefined } | { resource?: undefined; error: string };

/** The edited text as a resource, or the reason it cannot be one. */
export const parseResourceYaml = (text: string, create = false): ParsedResource => {
  let value: unknown;
  try {
    value = parse(text);
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'The YAML must describe one object.' };
  const resource = value as K8sResourceCommon;
  if (!resource.apiVersion) return { error: 'apiVersion is missing.' };
  if (!resource.kind) return { error: 'kind is missing.' };
  if (!resource.metadata?.name && !(create && resource.metadata?.generateName)) return { error: 'metadata.name is missing.' };
  return { resource };
};

/** What the console says after a save. */
export const savedMessage = (resource: K8sResourceCommon): string =>
  `${resource.metadata?.name ?? ''} has been updated to version ${resource.metadata?.resourceVersion ?? ''}`;

export const createdMessage = (resource: K8sResourceCommon): string => `${resource.kind ?? ''} ${resource.metadata?.name ?? ''} has been created`;

/** True when the server holds a newer version than the one being edited. */
export const isStale = (editedVersion: string | undefined, liveVersion: string | undefined): boolean =>
  !!editedVersion && !!liveVersion && editedVersion !== liveVersion;

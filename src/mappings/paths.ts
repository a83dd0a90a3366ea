/** Console URLs of the map pages. */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { NetworkMapModel, StorageMapModel, referenceFor } from '../k8s/models';
import type { MappingKind } from './editor/types';

export const mapModel = (kind: MappingKind): K8sModel => (kind === 'network' ? NetworkMapModel : StorageMapModel);

export const mapCreatePath = (kind: MappingKind, namespace: string, sourceProvider?: string): string =>
  `/k8s/ns/${encodeURIComponent(namespace)}/${referenceFor(mapModel(kind))}/~new${sourceProvider ? `?sourceProvider=${encodeURIComponent(sourceProvider)}` : ''}`;

export const mapDetailsPath = (kind: MappingKind, namespace: string, name: string): string =>
  `/k8s/ns/${encodeURIComponent(namespace)}/${referenceFor(mapModel(kind))}/${encodeURIComponent(name)}`;

export const mapEditPath = (kind: MappingKind, namespace: string, name: string): string => `${mapDetailsPath(kind, namespace, name)}/edit`;

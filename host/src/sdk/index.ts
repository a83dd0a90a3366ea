/**
 * The host's implementation of `@openshift-console/dynamic-plugin-sdk`: the
 * module webpack shares under that name (version 4.22.0), so a plugin's
 * `import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk'`
 * lands here. Only what Forklift-style plugins use; host/README.md lists it.
 */
export { consoleFetch, consoleFetchJSON, consoleFetchText } from './console-fetch';
export { HttpError } from './http-error';
export { k8sCreate, k8sDelete, k8sGet, k8sList, k8sListItems, k8sPatch, k8sUpdate } from './k8s-crud';
export { useK8sModel, useK8sModels, useK8sWatchResource, useK8sWatchResources } from './k8s-hooks';
export { useActiveNamespace } from './namespace';
export { useFlag } from './flags';
export { checkAccess, useAccessReview, useAccessReviewAllowed } from './access-review';
export { PrometheusEndpoint, usePrometheusPoll } from './prometheus';
export { useResolvedExtensions } from './extensions';
export { useUserSettings, useUserSettings as useUserPreference } from './user-settings';
export { useModal, useOverlay } from './modal';
export {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
  getGroupVersionKindForReference,
  getReference,
  getReferenceForModel,
} from './refs';
export { ResourceIcon, ResourceLink } from './components/ResourceLink';
export { ListPageBody, ListPageCreate, ListPageCreateButton, ListPageCreateLink, ListPageHeader } from './components/ListPage';
export {
  DocumentTitle,
  ErrorStatus,
  GenericStatus,
  InfoStatus,
  PendingStatus,
  ProgressStatus,
  ResourceStatus,
  StatusIconAndText,
  SuccessStatus,
  Timestamp,
  WarningStatus,
} from './components/Status';
export { HorizontalNav } from './components/HorizontalNav';
export { CodeEditor } from './editor/CodeEditor';
export { ResourceYAMLEditor } from './editor/ResourceYAMLEditor';

export const isAllNamespacesKey = (ns: string): ns is '#ALL_NS#' => ns === '#ALL_NS#';
/** The console's admin perspective is the only one here. */
export const useActivePerspective = (): [string, (p: string) => void] => ['admin', () => {}];

/**
 * useAccessReview / checkAccess: a SelfSubjectAccessReview per distinct
 * question, cached for a minute. Like the console, a failed review (for example
 * an API server that does not serve the authorization API) counts as allowed:
 * the API server still enforces RBAC on the real request.
 */
import { useEffect, useState } from 'react';
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';
import { consoleFetchJSON } from './console-fetch';
import { K8S_PREFIX } from './k8s-url';

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; allowed: Promise<boolean> }>();

const keyOf = (a: AccessReviewResourceAttributes): string =>
  JSON.stringify([a.group ?? '', a.resource ?? '', a.subresource ?? '', a.verb ?? '', a.name ?? '', a.namespace ?? '']);

export const checkAccess = (attributes: AccessReviewResourceAttributes): Promise<{ status: { allowed: boolean } }> => {
  const key = keyOf(attributes);
  const hit = cache.get(key);
  if (!hit || Date.now() - hit.at > TTL_MS) {
    const allowed = consoleFetchJSON
      .post(`${K8S_PREFIX}/apis/authorization.k8s.io/v1/selfsubjectaccessreviews`, {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: attributes },
      })
      .then((r: { status?: { allowed?: boolean } }) => r?.status?.allowed !== false)
      .catch(() => true);
    cache.set(key, { at: Date.now(), allowed });
  }
  return cache.get(key)!.allowed.then((allowed) => ({ status: { allowed } }));
};

/** [allowed, loading] */
export const useAccessReview = (attributes: AccessReviewResourceAttributes): [boolean, boolean] => {
  const key = keyOf(attributes ?? {});
  const [state, setState] = useState<{ key: string; allowed: boolean } | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void checkAccess(attributes ?? {}).then((r) => live && setState({ key, allowed: r.status.allowed }));
    return () => {
      live = false;
    };
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const current = state?.key === key ? state : undefined;
  return [current?.allowed ?? false, current === undefined];
};

export const useAccessReviewAllowed = (attributes: AccessReviewResourceAttributes): boolean => useAccessReview(attributes)[0];

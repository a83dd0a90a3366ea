import { useEffect, useMemo, type ComponentType } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { useExtensions, useResolvedExtensions } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useK8sModel } from '../sdk/k8s-hooks';
import { discovery } from '../sdk/runtime';
import { ErrorBoundary } from './ErrorBoundary';
import { GenericResourceDetails } from './GenericResourceDetails';
import { NotFound } from './NotFound';
import { routesFor, type PageExt, type RouteSpec } from './routes';
import { isPage, refOf } from './use-host-extensions';
import type { ModelRef } from './nav';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

const Loading = () => (
  <Bullseye style={{ minHeight: '50vh' }}>
    <Spinner aria-label="Loading" />
  </Bullseye>
);

/** Renders a list or details page with the props the console passes. */
const ResourcePage = ({ spec, Component }: { spec: RouteSpec; Component: AnyComponent }) => {
  const { ns, name } = useParams();
  const [model] = useK8sModel(spec.ref);
  return <Component namespace={ns} name={name} model={model} kind={spec.ref} />;
};

export const PluginRoutes = ({ ready, home }: { ready: boolean; home?: string }) => {
  const pages = useExtensions(isPage);
  const [resolved, done, errors] = useResolvedExtensions(pages);
  useEffect(() => {
    if (errors.length > 0) {
      // The first error's cause is the useful one ("Shared module react doesn't exist ...").
      const first = errors[0] as { cause?: unknown };
      console.error('Resolving plugin pages failed', first, first?.cause);
    }
  }, [errors]);
  const routes = useMemo(
    () =>
      resolved.flatMap((e) =>
        routesFor({ uid: e.uid, type: e.type, ...(e.properties as Omit<PageExt, 'uid' | 'type'>) }, (m: ModelRef) => discovery.find(refOf(m))?.namespaced ?? true).map(
          (spec) => ({ spec, Component: (e.properties as { component: AnyComponent }).component }),
        ),
      ),
    [resolved],
  );
  // useResolvedExtensions keeps `done` true from an earlier resolution while it
  // resolves a changed list (e.g. pages appearing once the model flags are set):
  // wait until every current page is resolved (or the resolution failed), or
  // the catch-all 404 flashes before the plugin's routes exist.
  const resolvedUids = new Set(resolved.map((e) => e.uid));
  const settled = done && (errors.length > 0 || pages.every((p) => resolvedUids.has(p.uid)));
  if (!ready || !settled) return <Loading />;
  return (
    <Routes>
      {routes.map(({ spec, Component }) => (
        <Route
          key={spec.key}
          path={spec.path}
          element={
            <ErrorBoundary resetKey={spec.key}>
              {spec.kind === 'page' ? <Component /> : <ResourcePage spec={spec} Component={Component} />}
            </ErrorBoundary>
          }
        />
      ))}
      {/* Plugin details routes name their kind and so outrank these. */}
      <Route path="/k8s/ns/:ns/:ref/:name/*" element={<GenericResourceDetails />} />
      <Route path="/k8s/cluster/:ref/:name/*" element={<GenericResourceDetails />} />
      <Route path="/" element={home ? <Navigate to={home} replace /> : <NotFound />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
};

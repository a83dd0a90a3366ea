import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react';
import { Navigate, Route, Routes, useParams } from 'react-router';
import { isCodeRef, useExtensions, type CodeRef } from '@openshift/dynamic-plugin-sdk';
import { Bullseye, Spinner } from '@patternfly/react-core';
import { useK8sModel } from '../sdk/k8s-hooks';
import { discovery } from '../sdk/runtime';
import { ErrorBoundary } from './ErrorBoundary';
import { loadPage } from './page-loader';
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

/**
 * One lazy component per page code reference, made once: the page's chunks are
 * fetched when its route first renders, as the console does (resolving every
 * page up front made the inventory page wait for every wizard's chunks).
 */
const lazyPages = new WeakMap<CodeRef, LazyExoticComponent<AnyComponent>>();
const lazyPage = (ref: CodeRef): LazyExoticComponent<AnyComponent> => {
  let page = lazyPages.get(ref);
  if (!page) {
    page = lazy(() =>
      loadPage(ref).then(
        (component) => ({ default: component as AnyComponent }),
        (error: unknown) => {
          // The first error's cause is the useful one ("Shared module react doesn't exist ...").
          console.error('Resolving a plugin page failed', error, (error as { cause?: unknown })?.cause);
          throw error;
        },
      ),
    );
    lazyPages.set(ref, page);
  }
  return page;
};

export const PluginRoutes = ({ ready, home }: { ready: boolean; home?: string }) => {
  const pages = useExtensions(isPage);
  const routes = useMemo(
    () =>
      pages.flatMap((e) => {
        const ref = (e.properties as { component?: unknown }).component;
        if (!isCodeRef(ref)) return [];
        const Component = lazyPage(ref);
        return routesFor({ uid: e.uid, type: e.type, ...(e.properties as Omit<PageExt, 'uid' | 'type'>) }, (m: ModelRef) => discovery.find(refOf(m))?.namespaced ?? true).map(
          (spec) => ({ spec, Component }),
        );
      }),
    [pages],
  );
  if (!ready) return <Loading />;
  return (
    <Routes>
      {routes.map(({ spec, Component }) => (
        <Route
          key={spec.key}
          path={spec.path}
          element={
            <ErrorBoundary resetKey={spec.key}>
              <Suspense fallback={<Loading />}>
                {spec.kind === 'page' ? <Component /> : <ResourcePage spec={spec} Component={Component} />}
              </Suspense>
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

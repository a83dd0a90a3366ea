/**
 * The console-like frame: masthead with the project picker, the sidebar built
 * from the plugin's navigation extensions, and the plugin's pages.
 */
import { Suspense, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import {
  Alert,
  Bullseye,
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  Page,
  PageSection,
  PageSidebar,
  PageSidebarBody,
  PageToggleButton,
  Spinner,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import BarsIcon from '@patternfly/react-icons/dist/esm/icons/bars-icon';
import { usePluginInfo } from '@openshift/dynamic-plugin-sdk';
import { ModalHost } from '../sdk/modal';
import { setActiveNamespaceState, setNamespaceNavigator } from '../sdk/namespace';
import { PLUGIN_NAME } from '../plugin-store';
import { NamespaceSelector } from './NamespaceSelector';
import { namespaceFromPath, pathForNamespace } from './namespace-path';
import { PluginRoutes } from './PluginRoutes';
import { Sidebar, useNavSections } from './Sidebar';
import { useModelFlags, useModelMetadata } from './use-host-extensions';

/** URL -> active namespace, and a plugin's setActiveNamespace -> URL. */
const useNamespaceURLSync = () => {
  const { pathname } = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const ns = namespaceFromPath(pathname);
    if (ns) setActiveNamespaceState(ns);
  }, [pathname]);
  useEffect(() => {
    setNamespaceNavigator((ns) => {
      const next = pathForNamespace(window.location.pathname, ns);
      if (next && next !== window.location.pathname) navigate(next);
    });
    return () => setNamespaceNavigator(undefined);
  }, [navigate]);
};

const HostMasthead = () => (
  <Masthead>
    <MastheadMain>
      <MastheadToggle>
        <PageToggleButton isHamburgerButton aria-label="Global navigation">
          <BarsIcon />
        </PageToggleButton>
      </MastheadToggle>
      <MastheadBrand>
        <MastheadLogo href="/" className="forklift-host__brand">
          Forklift Console{' '}
          {/* PatternFly's Label markup without its component: the component measures its text after
              mounting (offsetWidth), which forced the page's first style and layout inside the host's
              first render (85-107 ms on two cores, bench/inventory). */}
          <span className="pf-v6-c-label pf-m-compact pf-m-blue pf-m-filled">
            <span className="pf-v6-c-label__content">
              <span className="pf-v6-c-label__text">standalone</span>
            </span>
          </span>
        </MastheadLogo>
      </MastheadBrand>
    </MastheadMain>
    <MastheadContent>
      <Toolbar isFullHeight>
        <ToolbarContent>
          <ToolbarItem>
            <NamespaceSelector />
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
    </MastheadContent>
  </Masthead>
);

export const App = () => {
  useNamespaceURLSync();
  useModelMetadata();
  const flagsSettled = useModelFlags();
  const plugin = usePluginInfo().find((p) => p.manifest.name === PLUGIN_NAME);
  const sections = useNavSections();
  const home = sections.find((s) => s.items.length > 0)?.items[0]?.href;
  const pluginDone = plugin?.status === 'loaded' || plugin?.status === 'failed';
  return (
    <Page
      masthead={<HostMasthead />}
      sidebar={
        <PageSidebar>
          <PageSidebarBody>
            <Sidebar />
          </PageSidebarBody>
        </PageSidebar>
      }
      isManagedSidebar
    >
      {plugin?.status === 'failed' && (
        <PageSection>
          <Alert variant="danger" isInline title={`The plugin ${PLUGIN_NAME} failed to load`}>
            {plugin.errorMessage}
          </Alert>
        </PageSection>
      )}
      {pluginDone && flagsSettled && sections.length === 0 && plugin?.status === 'loaded' && (
        <PageSection>
          <Alert variant="warning" isInline title="Forklift is not installed on this cluster">
            The cluster does not serve the forklift.konveyor.io API, so the plugin shows no pages.
          </Alert>
        </PageSection>
      )}
      <Suspense
        fallback={
          <Bullseye style={{ minHeight: '50vh' }}>
            <Spinner aria-label="Loading" />
          </Bullseye>
        }
      >
        <PluginRoutes ready={pluginDone && flagsSettled} home={home} />
      </Suspense>
      <ModalHost />
    </Page>
  );
};

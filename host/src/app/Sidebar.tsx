import { forwardRef, memo, useMemo, type AnchorHTMLAttributes } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Nav, NavExpandable, NavItem } from '@patternfly/react-core';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import { useActiveNamespace } from '../sdk/namespace';
import { discovery } from '../sdk/runtime';
import { translateExtensionString } from './extension-strings';
import { buildNav, isActive, type NavItemExt, type NavSectionExt } from './nav';
import { isNavItem, isNavSection, refOf } from './use-host-extensions';

const itemKind = (type: string): NavItemExt['kind'] =>
  type === 'console.navigation/resource-ns' ? 'resource-ns' : type === 'console.navigation/resource-cluster' ? 'resource-cluster' : 'href';

/** The ordered sidebar model for the active namespace (also gives the start page). */
export const useNavSections = () => {
  const sectionExts = useExtensions(isNavSection);
  const itemExts = useExtensions(isNavItem);
  const [namespace] = useActiveNamespace();
  const { t } = useTranslation();
  return useMemo(
    () =>
      buildNav(
        sectionExts.map((e) => e.properties as unknown as NavSectionExt),
        itemExts.map((e) => ({ ...(e.properties as unknown as Omit<NavItemExt, 'kind'>), kind: itemKind(e.type) })),
        namespace,
        (s) => translateExtensionString(s, t),
        (m) => discovery.find(refOf(m))?.labelPlural,
      ),
    [sectionExts, itemExts, namespace, t],
  );
};

/**
 * PatternFly's NavItem renders `component` with `href`; route it through React
 * Router. A module-level component: an inline one would remount on every render
 * and swallow clicks that land mid-render.
 */
const RouterNavLink = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(({ href, className, ...rest }, ref) => (
  <NavLink ref={ref} to={href ?? '/'} className={className} {...rest} />
));
RouterNavLink.displayName = 'RouterNavLink';

export const Sidebar = () => {
  const sections = useNavSections();
  const { pathname } = useLocation();
  return <SidebarNav sections={sections} pathname={pathname} />;
};

/**
 * Re-rendered only when the path or the sections change, not on every change of
 * the URL's query (the inventory page writes its query there). The list is
 * NavList's markup without the component: NavList reads computed styles when it
 * mounts and after each update (for the scroll buttons of a horizontal nav),
 * which forced the page's first style pass inside the host's first render.
 */
const SidebarNav = memo(({ sections, pathname }: { sections: ReturnType<typeof useNavSections>; pathname: string }) => {
  return (
    <Nav aria-label="Main navigation">
      <ul className="pf-v6-c-nav__list" role="list">
        {sections.map((section) => {
          const active = section.items.some((i) => isActive(i, pathname));
          return (
            <NavExpandable key={section.id} title={section.name} isExpanded isActive={active} buttonProps={section.dataAttributes}>
              {section.items.map((item) => (
                <NavItem key={item.id} isActive={isActive(item, pathname)} {...item.dataAttributes} to={item.href} component={RouterNavLink}>
                  {item.name}
                </NavItem>
              ))}
            </NavExpandable>
          );
        })}
      </ul>
    </Nav>
  );
});
SidebarNav.displayName = 'SidebarNav';

import * as React from 'react';
import { useLocation, useNavigate } from 'react-router';
import { ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { Label, PageSection, Spinner, Tab, TabTitleText, Tabs } from '@patternfly/react-core';
import { ForkliftHealthAlert } from '../health/ForkliftHealthAlert';
import { degradedComponents } from '../health/forkliftHealth';
import HealthTab from '../health/HealthTab';
import { useForkliftInstallation } from '../health/useForkliftInstallation';
import HistoryTab from '../history/HistoryTab';
import SettingsTab from '../settings/SettingsTab';
import { useForkliftTranslation } from '../utils/i18n';
import OverviewPage from './OverviewPage';

// The Metrics tab (Prometheus polling and its charts) is only loaded when it opens.
const MetricsTab = React.lazy(() => import(/* webpackChunkName: "metrics-tab" */ '../metrics/MetricsTab'));

const TABS = ['overview', 'health', 'history', 'metrics', 'settings'] as const;
type TabKey = (typeof TABS)[number];

/**
 * The Migration overview with the upstream console's tabs (Overview, Health,
 * History, Settings) plus Metrics. The tab is in the URL (`?tab=health`) so it
 * survives a reload and can be linked.
 */
const ForkliftOverviewPage: React.FC = () => {
  const { t } = useForkliftTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const installation = useForkliftInstallation();
  const requested = new URLSearchParams(location.search).get('tab');
  const tab: TabKey = (TABS as readonly string[]).includes(requested ?? '') ? (requested as TabKey) : 'overview';
  const select = (key: TabKey) => {
    const params = new URLSearchParams(location.search);
    if (key === 'overview') params.delete('tab');
    else params.set('tab', key);
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' });
  };
  const degraded = installation.loaded && installation.controller ? degradedComponents(installation.controller, installation.pods).length > 0 : undefined;

  return (
    <>
      <ListPageHeader title={t('Migration overview')}>
        {degraded !== undefined && (
          <Label color={degraded ? 'red' : 'green'} aria-label={t('Forklift status')}>
            {degraded ? t('Forklift degraded') : t('Forklift healthy')}
          </Label>
        )}
      </ListPageHeader>
      <PageSection>
        <ForkliftHealthAlert installation={installation} onShowHealth={() => select('health')} />
        <Tabs activeKey={tab} onSelect={(_e, key) => select(key as TabKey)} aria-label={t('Overview tabs')} mountOnEnter unmountOnExit>
          <Tab eventKey="overview" title={<TabTitleText>{t('Overview')}</TabTitleText>} />
          <Tab eventKey="health" title={<TabTitleText>{t('Health')}</TabTitleText>} />
          <Tab eventKey="history" title={<TabTitleText>{t('History')}</TabTitleText>} />
          <Tab eventKey="metrics" title={<TabTitleText>{t('Metrics')}</TabTitleText>} />
          <Tab eventKey="settings" title={<TabTitleText>{t('Settings')}</TabTitleText>} />
        </Tabs>
      </PageSection>
      {tab === 'overview' && <OverviewPage />}
      {tab !== 'overview' && (
        <PageSection>
          {tab === 'health' && <HealthTab installation={installation} />}
          {tab === 'history' && <HistoryTab />}
          {tab === 'metrics' && (
            <React.Suspense fallback={<Spinner size="lg" aria-label={t('Loading metrics')} />}>
              <MetricsTab />
            </React.Suspense>
          )}
          {tab === 'settings' && <SettingsTab installation={installation} />}
        </PageSection>
      )}
    </>
  );
};

export default ForkliftOverviewPage;

// @vitest-environment jsdom
import * as React from 'react';
import { MemoryRouter } from 'react-router';
import { cleanup, render, screen, within } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';

const poll: { answer: unknown; error: unknown } = { answer: undefined, error: undefined };
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({
  PrometheusEndpoint: { QUERY: 'api/v1/query' },
  usePrometheusPoll: () => [poll.answer, true, poll.error],
  useK8sWatchResource: () => [[{ metadata: { name: 'gamma', namespace: 'team-a', uid: 'u3' } }], true, undefined],
}));

await i18next.use(initReactI18next).init({ lng: 'en', resources: {}, keySeparator: false, nsSeparator: '~', interpolation: { escapeValue: false } });
const { PlanAlertsCard } = await import('./PlanAlertsCard');

afterEach(cleanup);

describe('PlanAlertsCard', () => {
  it('lists firing alerts with severity, the plan linked to its details and the rule\'s description', () => {
    poll.error = undefined;
    poll.answer = {
      status: 'success',
      data: { resultType: 'vector', result: [{ metric: { status: 'Failed', plan: 'u3', plan_name: 'gamma', provider: 'Openstack', mode: 'Cold', phase: 'DiskTransfer' }, value: [1, '1'] }] },
    };
    render(<MemoryRouter><PlanAlertsCard /></MemoryRouter>);
    const row = within(screen.getByRole('grid', { name: 'Migration alerts' })).getAllByRole('row')[1];
    expect(within(row).getByText('MigrationFailed')).toBeTruthy();
    expect(within(row).getByText('Critical')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'gamma' }).getAttribute('href')).toBe('/k8s/ns/team-a/forklift.konveyor.io~v1beta1~Plan/gamma');
    expect(within(row).getByText('Cold migration plan "gamma" with Openstack provider failed on DiskTransfer phase.')).toBeTruthy();
  });

  it('says when none fires, and shows Prometheus\' error with its reason', () => {
    poll.answer = { status: 'success', data: { resultType: 'vector', result: [] } };
    render(<MemoryRouter><PlanAlertsCard /></MemoryRouter>);
    expect(screen.getByText('No migration alert is firing.')).toBeTruthy();
    cleanup();
    poll.answer = undefined;
    poll.error = { json: { error: 'connection refused' } };
    render(<MemoryRouter><PlanAlertsCard /></MemoryRouter>);
    expect(screen.getByText('connection refused')).toBeTruthy();
  });
});

import { describe, expect, it } from 'vitest';
import type { PrometheusResponse } from '@openshift-console/dynamic-plugin-sdk';
import { planAlerts } from './planAlerts';

const answer = (series: Record<string, string>[]): PrometheusResponse => ({
  status: 'success',
  data: { resultType: 'vector', result: series.map((metric) => ({ metric: { __name__: 'mtv_plan_alert_status', ...metric }, value: [1, '1'] })) },
});

describe('Forklift plan alerts (upstream PrometheusRule over mtv_plan_alert_status)', () => {
  it('fires MigrationFailed (critical) and MigrationSucceeded (info), not Executing, critical first', () => {
    const alerts = planAlerts(
      answer([
        { status: 'Succeeded', plan: 'u1', plan_name: 'alpha', provider: 'VSphere', mode: 'Cold', target: 'Local', phase: 'Completed' },
        { status: 'Executing', plan: 'u2', plan_name: 'beta', provider: 'oVirt', mode: 'Warm', target: 'Local', phase: 'Executing' },
        { status: 'Failed', plan: 'u3', plan_name: 'gamma', provider: 'Openstack', mode: 'Cold', target: 'Local', phase: 'DiskTransfer,PreHook' },
      ]),
    );
    expect(alerts).toEqual([
      { alertname: 'MigrationFailed', severity: 'critical', planUid: 'u3', planName: 'gamma', provider: 'Openstack', mode: 'Cold', phase: 'DiskTransfer,PreHook' },
      { alertname: 'MigrationSucceeded', severity: 'info', planUid: 'u1', planName: 'alpha', provider: 'VSphere', mode: 'Cold', phase: 'Completed' },
    ]);
  });

  it('is empty for no answer or a non-vector answer', () => {
    expect(planAlerts(undefined)).toEqual([]);
    expect(planAlerts({ status: 'success', data: { resultType: 'matrix', result: [] } })).toEqual([]);
  });
});

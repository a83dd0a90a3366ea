/**
 * Forklift's own alerts, as upstream's PrometheusRule (operator template
 * `monitor/alerting-rule.yml.j2`, group `forklift-alerts`) defines them over the
 * controller's `mtv_plan_alert_status` gauge:
 *   MigrationSucceeded: mtv_plan_alert_status{status="Succeeded"}, severity info
 *   MigrationFailed:    mtv_plan_alert_status{status="Failed"},    severity critical
 * (no `for:`, so a series present is an alert firing). Executing plans have a
 * series but no rule. The gauge is read directly rather than Prometheus'
 * ALERTS series, so the list works wherever the metric is scraped, with or
 * without the rule deployed. Pure.
 */
import type { PrometheusResponse } from '@openshift-console/dynamic-plugin-sdk';

export type AlertName = 'MigrationFailed' | 'MigrationSucceeded';

export interface PlanAlert {
  alertname: AlertName;
  severity: 'critical' | 'info';
  planUid: string;
  planName: string;
  provider: string;
  mode: string;
  /** For MigrationFailed: the failed VMs' error phases, comma-joined; Completed for MigrationSucceeded. */
  phase: string;
}

const RULES: Record<string, { alertname: AlertName; severity: PlanAlert['severity'] }> = {
  Failed: { alertname: 'MigrationFailed', severity: 'critical' },
  Succeeded: { alertname: 'MigrationSucceeded', severity: 'info' },
};

/** Firing alerts, critical first, then by plan name. */
export function planAlerts(response: PrometheusResponse | undefined): PlanAlert[] {
  if (response?.data?.resultType !== 'vector') return [];
  const out: PlanAlert[] = [];
  for (const r of response.data.result) {
    const m = r.metric ?? {};
    const rule = RULES[m.status ?? ''];
    // The rules select the series, whatever its value; upstream only ever sets 1.
    if (!rule) continue;
    out.push({ ...rule, planUid: m.plan ?? '', planName: m.plan_name ?? '', provider: m.provider ?? '', mode: m.mode ?? '', phase: m.phase ?? '' });
  }
  return out.sort((a, b) => (a.severity === b.severity ? a.planName.localeCompare(b.planName) : a.severity === 'critical' ? -1 : 1));
}

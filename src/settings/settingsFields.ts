/**
 * The ForkliftController settings the Settings tab edits: spec key, default
 * (upstream operator defaults, operator/roles/forkliftcontroller/defaults),
 * unit and allowed range. Labels and help texts live with the form
 * (settingTexts.ts), where they are translated. No React here.
 */

export type SettingKind = 'integer' | 'cpu' | 'memory';
export type SettingUnit = 'vms' | 'minutes' | 'seconds' | 'cpu' | 'memory' | 'level';

export interface SettingField {
  key: string;
  kind: SettingKind;
  /** Upstream default, in the unit the field is typed in. */
  defaultValue: string;
  min?: number;
  max?: number;
  unit: SettingUnit;
  group: 'migration' | 'resources' | 'logging';
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'controller_max_vm_inflight',
    kind: 'integer',
    defaultValue: '20',
    min: 1,
    max: 1000,
    unit: 'vms',
    group: 'migration',
  },
  {
    key: 'controller_precopy_interval',
    kind: 'integer',
    defaultValue: '60',
    min: 5,
    max: 1440,
    unit: 'minutes',
    group: 'migration',
  },
  {
    key: 'controller_snapshot_status_check_rate_seconds',
    kind: 'integer',
    defaultValue: '10',
    min: 1,
    max: 3600,
    unit: 'seconds',
    group: 'migration',
  },
  {
    key: 'controller_snapshot_removal_timeout_minuts',
    kind: 'integer',
    defaultValue: '120',
    min: 1,
    max: 1440,
    unit: 'minutes',
    group: 'migration',
  },
  {
    key: 'controller_vddk_job_active_deadline_sec',
    kind: 'integer',
    defaultValue: '300',
    min: 30,
    max: 86400,
    unit: 'seconds',
    group: 'migration',
  },
  {
    key: 'virt_v2v_container_requests_cpu',
    kind: 'cpu',
    defaultValue: '1000m',
    unit: 'cpu',
    group: 'resources',
  },
  {
    key: 'virt_v2v_container_limits_cpu',
    kind: 'cpu',
    defaultValue: '4000m',
    unit: 'cpu',
    group: 'resources',
  },
  {
    key: 'virt_v2v_container_requests_memory',
    kind: 'memory',
    defaultValue: '1Gi',
    unit: 'memory',
    group: 'resources',
  },
  {
    key: 'virt_v2v_container_limits_memory',
    kind: 'memory',
    defaultValue: '8Gi',
    unit: 'memory',
    group: 'resources',
  },
  {
    key: 'controller_log_level',
    kind: 'integer',
    defaultValue: '3',
    min: 0,
    max: 9,
    unit: 'level',
    group: 'logging',
  },
  {
    key: 'inventory_log_level',
    kind: 'integer',
    defaultValue: '3',
    min: 0,
    max: 9,
    unit: 'level',
    group: 'logging',
  },
];

export type SettingsValues = Record<string, string>;

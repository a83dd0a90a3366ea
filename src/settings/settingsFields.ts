/**
 * The ForkliftController settings the Settings tab edits: spec key, default,
 * unit and allowed range. Keys and defaults are upstream's: the operator's
 * role defaults (operator/roles/forkliftcontroller/defaults/main.yml), which
 * Forklift 2.11 moved into the ForkliftController CRD's schema defaults
 * (operator/config/crd/bases, docs/compatibility/forkliftcontroller-settings.md);
 * where the two differ the CRD's is used. Feature flags are strings "true" /
 * "false" in the CRD (an enum), not booleans. Labels and help texts live with
 * the form (settingTexts.ts), where they are translated. No React here.
 */

export type SettingKind = 'integer' | 'cpu' | 'memory' | 'boolean' | 'image' | 'name' | 'nad' | 'text';
export type SettingUnit = 'vms' | 'minutes' | 'seconds' | 'cpu' | 'memory' | 'level' | 'pods' | 'count' | 'percent' | 'bytes' | 'megabytes' | 'cpus' | 'none';
export type SettingGroup = 'features' | 'migration' | 'vmware' | 'resources' | 'hooks' | 'logging';

export interface SettingField {
  key: string;
  kind: SettingKind;
  /** Upstream default, in the unit the field is typed in; '' when there is none (unset means off or not configured). */
  defaultValue: string;
  min?: number;
  max?: number;
  unit: SettingUnit;
  group: SettingGroup;
}

const flag = (key: string, defaultValue: 'true' | 'false' | ''): SettingField => ({ key, kind: 'boolean', defaultValue, unit: 'none', group: 'features' });
const integer = (key: string, defaultValue: string, min: number, max: number | undefined, unit: SettingUnit, group: SettingGroup): SettingField => ({
  key,
  kind: 'integer',
  defaultValue,
  min,
  ...(max !== undefined ? { max } : {}),
  unit,
  group,
});

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
  integer('controller_max_populator_inflight', '20', 1, 1000, 'pods', 'migration'),
  integer('controller_max_concurrent_reconciles', '10', 1, 100, 'count', 'migration'),
  integer('controller_cleanup_retries', '10', 1, 1000, 'count', 'migration'),
  integer('controller_snapshot_removal_check_retries', '20', 1, 1000, 'count', 'migration'),
  integer('controller_tls_connection_timeout_sec', '5', 1, 300, 'seconds', 'migration'),
  integer('controller_windows_reboot_timeout', '1800', 1, 86400, 'seconds', 'migration'),
  integer('controller_filesystem_overhead', '10', 0, 100, 'percent', 'migration'),
  integer('controller_block_overhead', '0', 0, undefined, 'bytes', 'migration'),
  { key: 'controller_migration_service_account', kind: 'name', defaultValue: '', unit: 'none', group: 'migration' },
  { key: 'controller_transfer_network', kind: 'nad', defaultValue: '', unit: 'none', group: 'migration' },
  { key: 'vddk_image', kind: 'image', defaultValue: '', unit: 'none', group: 'vmware' },
  integer('virt_v2v_memsize', '', 1, undefined, 'megabytes', 'resources'),
  integer('virt_v2v_smp', '', 1, undefined, 'cpus', 'resources'),
  { key: 'virt_v2v_extra_args', kind: 'text', defaultValue: '', unit: 'none', group: 'resources' },
  { key: 'virt_v2v_dont_request_kvm', kind: 'boolean', defaultValue: '', unit: 'none', group: 'resources' },
  { key: 'hooks_container_requests_cpu', kind: 'cpu', defaultValue: '100m', unit: 'cpu', group: 'hooks' },
  { key: 'hooks_container_limits_cpu', kind: 'cpu', defaultValue: '1000m', unit: 'cpu', group: 'hooks' },
  { key: 'hooks_container_requests_memory', kind: 'memory', defaultValue: '150Mi', unit: 'memory', group: 'hooks' },
  { key: 'hooks_container_limits_memory', kind: 'memory', defaultValue: '1Gi', unit: 'memory', group: 'hooks' },
  // Feature gates: the operator's feature_* keys and the controller's own on/off switches.
  flag('feature_ui_plugin', 'true'),
  flag('feature_validation', 'true'),
  flag('feature_volume_populator', 'true'),
  flag('feature_cli_download', 'true'),
  flag('feature_auth_required', 'true'),
  flag('feature_copy_offload', 'true'),
  flag('feature_ocp_live_migration', 'true'),
  flag('feature_vmware_system_serial_number', 'true'),
  flag('feature_ova_appliance_management', 'true'),
  flag('feature_use_conversion_cr', 'true'),
  flag('feature_vsphere_vmware_driver_removal', 'false'),
  flag('feature_windows_registry_network_config', 'false'),
  flag('feature_windows_wait_for_reboot', 'true'),
  flag('feature_xfs_repair_ignore', 'false'),
  flag('feature_mcp_server', 'false'),
  flag('controller_vsphere_incremental_backup', 'true'),
  flag('controller_ovirt_warm_migration', 'true'),
  flag('controller_static_udn_ip_addresses', 'true'),
  flag('controller_retain_precopy_importer_pods', 'false'),
  flag('controller_retain_populator_pods', 'false'),
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

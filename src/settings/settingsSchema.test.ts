import { describe, expect, it } from 'vitest';
import { SETTING_FIELDS } from './settingsFields';
import { MESSAGES, cpuMillis, memoryBytes, settingsPatch, settingsSchema, valuesFromSpec } from './settingsSchema';

const blank = valuesFromSpec({});
const issues = (values: Record<string, string>) => {
  const r = settingsSchema.safeParse({ ...blank, ...values });
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message, params: (i as { params?: unknown }).params }));
};

describe('settings schema', () => {
  it('accepts empty fields (defaults) and values in range', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ controller_max_vm_inflight: '8', controller_precopy_interval: ' 30 ', virt_v2v_container_limits_memory: '16Gi', controller_log_level: '0' })).toEqual([]);
  });

  it('rejects non-integers and out-of-range numbers at the field', () => {
    expect(issues({ controller_max_vm_inflight: '2.5' })).toEqual([{ path: 'controller_max_vm_inflight', message: MESSAGES.integer, params: undefined }]);
    expect(issues({ controller_max_vm_inflight: '0' })).toEqual([{ path: 'controller_max_vm_inflight', message: MESSAGES.range, params: { min: 1, max: 1000 } }]);
    expect(issues({ controller_log_level: '10' })[0]).toMatchObject({ path: 'controller_log_level', params: { min: 0, max: 9 } });
    expect(issues({ controller_precopy_interval: 'soon' })[0].path).toBe('controller_precopy_interval');
  });

  it('checks Kubernetes quantities and that limits are not below requests', () => {
    expect(issues({ virt_v2v_container_requests_cpu: '2 cores' })).toEqual([{ path: 'virt_v2v_container_requests_cpu', message: MESSAGES.cpu, params: undefined }]);
    expect(issues({ virt_v2v_container_requests_memory: '1GB' })[0]).toMatchObject({ path: 'virt_v2v_container_requests_memory', message: MESSAGES.memory });
    // The request above the default limit (4000m) is reported on the limit.
    expect(issues({ virt_v2v_container_requests_cpu: '6' })).toEqual([{ path: 'virt_v2v_container_limits_cpu', message: MESSAGES.cpuOrder, params: { request: '6' } }]);
    expect(issues({ virt_v2v_container_requests_cpu: '6', virt_v2v_container_limits_cpu: '6000m' })).toEqual([]);
    expect(issues({ virt_v2v_container_limits_memory: '512Mi' })[0]).toMatchObject({ path: 'virt_v2v_container_limits_memory', message: MESSAGES.memoryOrder });
    expect(cpuMillis('1.5')).toBe(1500);
    expect(memoryBytes('1Gi')).toBe(2 ** 30);
    expect(memoryBytes('1G')).toBe(1e9);
  });

  it('has a default within range for every integer setting that has one, and valid defaults everywhere', () => {
    for (const f of SETTING_FIELDS.filter((f) => f.kind === 'integer' && f.defaultValue !== '')) {
      expect(Number(f.defaultValue), f.key).toBeGreaterThanOrEqual(f.min!);
      if (f.max !== undefined) expect(Number(f.defaultValue), f.key).toBeLessThanOrEqual(f.max);
    }
    // Every default typed into its own field passes the field's check.
    expect(issues(Object.fromEntries(SETTING_FIELDS.map((f) => [f.key, f.defaultValue])))).toEqual([]);
    expect(SETTING_FIELDS.map((f) => f.key)).toContain('controller_snapshot_removal_timeout_minuts');
    expect(new Set(SETTING_FIELDS.map((f) => f.key)).size).toBe(SETTING_FIELDS.length);
  });

  it('has the operator\'s feature gates with upstream\'s defaults, as "true"/"false" strings', () => {
    const flags = Object.fromEntries(SETTING_FIELDS.filter((f) => f.kind === 'boolean').map((f) => [f.key, f.defaultValue]));
    expect(flags).toMatchObject({
      feature_ui_plugin: 'true',
      feature_validation: 'true',
      feature_volume_populator: 'true',
      feature_auth_required: 'true',
      feature_mcp_server: 'false',
      controller_retain_precopy_importer_pods: 'false',
      controller_vsphere_incremental_backup: 'true',
    });
    expect(issues({ feature_copy_offload: 'false', controller_ovirt_warm_migration: 'true' })).toEqual([]);
    expect(issues({ feature_copy_offload: 'yes' })).toEqual([{ path: 'feature_copy_offload', message: MESSAGES.boolean, params: undefined }]);
  });

  it('checks the VDDK image, service account, transfer network and arguments at their field', () => {
    for (const ok of ['quay.io/example/vddk:8.0.3', 'registry.local:5000/vddk', 'vddk:latest', `quay.io/x/vddk@sha256:${'a'.repeat(64)}`]) expect(issues({ vddk_image: ok }), ok).toEqual([]);
    for (const bad of ['quay.io/Example/VDDK', 'https://quay.io/x/vddk', 'quay.io/x/vddk:', 'a b']) expect(issues({ vddk_image: bad })[0], bad).toMatchObject({ path: 'vddk_image', message: MESSAGES.image });
    expect(issues({ controller_migration_service_account: 'migrator' })).toEqual([]);
    expect(issues({ controller_migration_service_account: 'Migrator' })[0]).toMatchObject({ path: 'controller_migration_service_account', message: MESSAGES.name });
    expect(issues({ controller_transfer_network: 'openshift-mtv/transfer' })).toEqual([]);
    for (const bad of ['transfer', 'a/b/c', 'ns/Net']) expect(issues({ controller_transfer_network: bad })[0], bad).toMatchObject({ path: 'controller_transfer_network', message: MESSAGES.nad });
    expect(issues({ virt_v2v_extra_args: '--no-trim all' })).toEqual([]);
    expect(issues({ virt_v2v_extra_args: '--a\n--b' })[0]).toMatchObject({ path: 'virt_v2v_extra_args', message: MESSAGES.text });
  });

  it('checks integers with only a minimum, and hook pod limits against their requests', () => {
    expect(issues({ virt_v2v_memsize: '0' })).toEqual([{ path: 'virt_v2v_memsize', message: MESSAGES.min, params: { min: 1, max: undefined } }]);
    expect(issues({ controller_block_overhead: '1073741824', virt_v2v_smp: '4' })).toEqual([]);
    expect(issues({ controller_block_overhead: '99999999999999999999' })[0]).toMatchObject({ path: 'controller_block_overhead', message: MESSAGES.integer });
    expect(issues({ controller_filesystem_overhead: '101' })[0]).toMatchObject({ path: 'controller_filesystem_overhead', message: MESSAGES.range, params: { min: 0, max: 100 } });
    expect(issues({ hooks_container_requests_memory: '2Gi' })).toEqual([{ path: 'hooks_container_limits_memory', message: MESSAGES.memoryOrder, params: { request: '2Gi' } }]);
    expect(issues({ hooks_container_requests_cpu: '2' })[0]).toMatchObject({ path: 'hooks_container_limits_cpu', message: MESSAGES.cpuOrder });
  });
});

describe('settings patch', () => {
  const spec = { feature_ui_plugin: 'true', controller_max_vm_inflight: 4, virt_v2v_container_limits_memory: '8Gi', controller_log_level: '3' };

  it('reads the spec as text', () => {
    expect(valuesFromSpec(spec)).toMatchObject({ controller_max_vm_inflight: '4', controller_precopy_interval: '', controller_log_level: '3' });
  });

  it('patches only what changed, typed, with the edited resourceVersion', () => {
    const values = { ...valuesFromSpec(spec), controller_max_vm_inflight: '2', controller_precopy_interval: '30', virt_v2v_container_limits_memory: '', controller_log_level: '3' };
    expect(settingsPatch(spec, values, ['controller_max_vm_inflight', 'controller_precopy_interval', 'virt_v2v_container_limits_memory', 'controller_log_level'], '42')).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '42' },
      { op: 'replace', path: '/spec/controller_max_vm_inflight', value: 2 },
      { op: 'add', path: '/spec/controller_precopy_interval', value: 30 },
      { op: 'remove', path: '/spec/virt_v2v_container_limits_memory' },
    ]);
  });

  it('ignores fields the user did not touch even when they differ (a fresh object after a 409)', () => {
    const fresh = { ...spec, controller_max_vm_inflight: 10 };
    const values = { ...valuesFromSpec(spec), controller_precopy_interval: '30' };
    expect(settingsPatch(fresh, values, ['controller_precopy_interval'], '43')).toEqual([
      { op: 'replace', path: '/metadata/resourceVersion', value: '43' },
      { op: 'add', path: '/spec/controller_precopy_interval', value: 30 },
    ]);
  });

  it('writes feature flags and names as strings, integers as numbers', () => {
    const values = { ...valuesFromSpec(spec), feature_ui_plugin: 'false', feature_copy_offload: 'true', vddk_image: 'quay.io/x/vddk:8', virt_v2v_smp: '4' };
    expect(settingsPatch(spec, values, ['feature_ui_plugin', 'feature_copy_offload', 'vddk_image', 'virt_v2v_smp'])).toEqual([
      { op: 'add', path: '/spec/vddk_image', value: 'quay.io/x/vddk:8' },
      { op: 'add', path: '/spec/virt_v2v_smp', value: 4 },
      { op: 'replace', path: '/spec/feature_ui_plugin', value: 'false' },
      { op: 'add', path: '/spec/feature_copy_offload', value: 'true' },
    ]);
    // Back to the default: the key is removed.
    expect(settingsPatch(spec, { ...valuesFromSpec(spec), feature_ui_plugin: '' }, ['feature_ui_plugin'])).toEqual([{ op: 'remove', path: '/spec/feature_ui_plugin' }]);
  });

  it('is empty when nothing changed, and creates the spec when there is none', () => {
    expect(settingsPatch(spec, valuesFromSpec(spec), ['controller_max_vm_inflight'], '1')).toEqual([]);
    expect(settingsPatch(undefined, { ...blank, controller_log_level: '5' }, ['controller_log_level'])).toEqual([
      { op: 'add', path: '/spec', value: {} },
      { op: 'add', path: '/spec/controller_log_level', value: 5 },
    ]);
  });
});

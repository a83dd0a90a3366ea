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

  it('has a default within range for every integer setting', () => {
    for (const f of SETTING_FIELDS.filter((f) => f.kind === 'integer')) {
      expect(Number(f.defaultValue), f.key).toBeGreaterThanOrEqual(f.min!);
      expect(Number(f.defaultValue), f.key).toBeLessThanOrEqual(f.max!);
    }
    expect(SETTING_FIELDS.map((f) => f.key)).toContain('controller_snapshot_removal_timeout_minuts');
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

  it('is empty when nothing changed, and creates the spec when there is none', () => {
    expect(settingsPatch(spec, valuesFromSpec(spec), ['controller_max_vm_inflight'], '1')).toEqual([]);
    expect(settingsPatch(undefined, { ...blank, controller_log_level: '5' }, ['controller_log_level'])).toEqual([
      { op: 'add', path: '/spec', value: {} },
      { op: 'add', path: '/spec/controller_log_level', value: 5 },
    ]);
  });
});

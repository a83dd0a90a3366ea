/**
 * The wizard's placement fields and per-VM settings, from the values the form
 * holds to the plan it writes, the kubectl mtv commands and the draft.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderMtvCommand } from '../../k8s/write/kubectlMtv';
import { toPlan } from './builders';
import { loadDraft, saveDraft } from './draftStore';
import { errorText } from './errorText';
import { planCommands } from './planCommands';
import { validateStep, type StepContext } from './schemas';
import { twoVmWizardValues } from './wizardFixtures';
import type { WizardValues } from './values';

vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));

const values = (over: Partial<WizardValues> = {}): WizardValues => twoVmWizardValues({ targetNamespace: 'apps', ...over });

const names = { network: { 'net-1': 'VM Network' }, storage: { 'ds-1': 'ds1' } };
const render = (v: WizardValues) => planCommands(v, names).map((c) => (typeof c === 'string' ? c : renderMtvCommand(c, { multiline: false })));
const ctx: StepContext = { planNames: new Set() };
// Translation as the identity with interpolation, enough to read the message.
const t = ((key: string, o?: Record<string, unknown>) => key.replace(/{{(\w+)}}/g, (_m, k: string) => String(o?.[k]))) as never;

const nodeAffinityYaml = 'nodeAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    nodeSelectorTerms:\n      - matchExpressions:\n          - {key: disk, operator: In, values: [ssd]}\n';

describe('placement in the wizard', () => {
  it('writes the target and convertor placement into the plan', () => {
    const spec = toPlan(
      values({
        targetAffinity: 'AVOID pods(app=web) on node',
        convertorLabels: 'team=migration',
        convertorNodeSelector: 'role=v2v',
        convertorAffinity: 'PREFER pods(app=ceph) on zone weight=70',
      }),
    ).spec as Record<string, unknown>;
    expect(spec.targetAffinity).toEqual({
      podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: 'web' } }, topologyKey: 'kubernetes.io/hostname' }] },
    });
    expect(spec.convertorLabels).toEqual({ team: 'migration' });
    expect(spec.convertorNodeSelector).toEqual({ role: 'v2v' });
    expect(spec.convertorAffinity).toEqual({
      podAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 70, podAffinityTerm: { labelSelector: { matchLabels: { app: 'ceph' } }, topologyKey: 'topology.kubernetes.io/zone' } }],
      },
    });
    expect(Object.keys(toPlan(values()).spec ?? {}).filter((k) => /Affinity|convertor/.test(k))).toEqual([]);
  });

  it('says which field is wrong and where, in the settings step', () => {
    const errors = validateStep('settings', ctx, values({ targetAffinity: 'REQUIRE pods(app=x) on moon', convertorLabels: 'x' }));
    expect(Object.keys(errors).sort()).toEqual(['convertorLabels', 'targetAffinity']);
    expect(errorText(t, errors.targetAffinity)).toBe('Not a valid affinity at line 1, column 24: expected node, zone, region or rack');
    expect(errorText(t, validateStep('settings', ctx, values({ convertorAffinity: 'podAffinity:\n  requiredDuringSchedulingIgnoredDuringExecution:\n    - {}\n' })).convertorAffinity)).toBe(
      'Not a valid affinity at podAffinity.requiredDuringSchedulingIgnoredDuringExecution.0.topologyKey: Invalid input: expected string, received undefined',
    );
    expect(validateStep('settings', ctx, values({ targetAffinity: nodeAffinityYaml }))).toEqual({});
  });

  it('gives the affinity to kubectl mtv as its KARL rule, and patches what no rule says', () => {
    const rule = render(values({ targetAffinity: 'avoid pods(app=web) ON node', convertorNodeSelector: 'role=v2v' }));
    expect(rule).toHaveLength(3);
    expect(rule[2]).toContain("--target-affinity 'AVOID pods(app=web) on node'");
    expect(rule[2]).toContain('--convertor-node-selector role=v2v');
    const yaml = render(values({ convertorAffinity: nodeAffinityYaml }));
    expect(yaml[2]).not.toContain('affinity');
    expect(yaml[3]).toBe(
      `kubectl patch plan web-tier -n mtv --type merge -p '{"spec":{"convertorAffinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[{"matchExpressions":[{"key":"disk","operator":"In","values":["ssd"]}]}]}}}}}'`,
    );
  });
});

describe('per-VM settings in the wizard', () => {
  const customised = values({
    vms: [
      { id: 'vm-1', name: 'web-1', targetName: 'front-1', targetPowerState: 'off' },
      { id: 'vm-2', name: 'web-2', pvcNameTemplate: '{{.VmName}}-d{{.DiskIndex}}' },
    ],
    postHook: { enabled: true, image: 'img', playbook: '', serviceAccount: '', deadline: '' },
  });

  it('puts each VM\'s own settings in spec.vms next to the wizard\'s hooks', () => {
    expect(toPlan(customised).spec?.vms).toEqual([
      { id: 'vm-1', name: 'web-1', targetName: 'front-1', targetPowerState: 'off', hooks: [{ step: 'PostHook', hook: { name: 'web-tier-post-hook', namespace: 'mtv' } }] },
      { id: 'vm-2', name: 'web-2', pvcNameTemplate: '{{.VmName}}-d{{.DiskIndex}}', hooks: [{ step: 'PostHook', hook: { name: 'web-tier-post-hook', namespace: 'mtv' } }] },
    ]);
  });

  it('follows create plan with a patch planvm for each VM that has settings', () => {
    const text = render(customised);
    expect(text.slice(-2)).toEqual([
      'kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-1 --target-name front-1 --target-power-state off',
      "kubectl mtv patch planvm -n mtv --plan-name web-tier --vm-name web-2 --pvc-name-template '{{.VmName}}-d{{.DiskIndex}}'",
    ]);
    expect(render(values()).some((c) => c.includes('planvm'))).toBe(false);
  });

  it('keeps them in the draft', () => {
    const m = new Map<string, string>();
    const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
    saveDraft({ ...customised, convertorAffinity: 'REQUIRE pods(a=b) on node' }, store);
    const back = loadDraft('mtv', store)?.values;
    expect(back?.vms).toEqual(customised.vms);
    expect(back?.convertorAffinity).toBe('REQUIRE pods(a=b) on node');
  });
});

describe('withVmSettings', async () => {
  const { withVmSettings, hasVmSettings } = await import('./vmSettings');
  it('sets one VM\'s settings, trims them, and clears what is emptied', () => {
    const vms = [
      { id: 'vm-1', name: 'web-1' },
      { id: 'vm-2', name: 'web-2', targetName: 'old', pvcNameTemplate: 'x' },
    ];
    const set = withVmSettings(vms, 'vm-1', { targetName: ' front ', targetPowerState: 'on', pvcNameTemplate: '', preHook: '', postHook: '' });
    expect(set[0]).toEqual({ id: 'vm-1', name: 'web-1', targetName: 'front', targetPowerState: 'on' });
    expect(set[1]).toBe(vms[1]);
    const cleared = withVmSettings(set, 'vm-2', { targetName: '', targetPowerState: '', pvcNameTemplate: '', preHook: '', postHook: '' });
    expect(cleared[1]).toEqual({ id: 'vm-2', name: 'web-2' });
    expect(cleared.map(hasVmSettings)).toEqual([true, false]);
  });
});

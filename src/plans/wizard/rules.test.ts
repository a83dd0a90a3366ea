import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { plannedObjects, toHook, toNetworkMap, toPlan, toStorageMap } from './builders';
import { loadDraft, saveDraft, discardDraft } from './draftStore';
import { parseKeyValues } from './keyValues';
import { coerceType, isTypeAvailable, needsStorageMap, typeAvailability } from './migrationTypes';
import { planCommands } from './planCommands';
import { renderMtvCommand } from '../../k8s/write/kubectlMtv';

// The write layer's default client is the console SDK, which only loads inside a console.
vi.mock('@openshift-console/dynamic-plugin-sdk', () => ({}));
import { formatPlanVms, parseVmList, resolveVmRefs, VmListError } from './planVms';
import { previewPvcNames, renderPvcTemplate, templateError } from './pvcTemplate';
import { validateStep, wizardSteps, type StepContext } from './schemas';
import { defaultValues, type WizardValues } from './values';
import { vmDisks } from './vmResources';

const values = (over: Partial<WizardValues> = {}): WizardValues => ({
  ...defaultValues('mtv'),
  name: 'web-tier',
  sourceProvider: 'vcenter',
  targetProvider: 'host',
  targetNamespace: 'apps',
  vms: [
    { id: 'vm-1', name: 'web-1' },
    { id: 'vm-2', name: 'web-2' },
  ],
  networkMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'net-1', targetId: 'pod' }, { sourceId: 'net-2', targetId: 'apps/vlan10' }] },
  storageMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'ds-1', targetId: 'standard', volumeMode: 'Block' }] },
  ...over,
});

describe('migration type availability', () => {
  it('offers warm only from vSphere and oVirt', () => {
    expect(isTypeAvailable('warm', 'vsphere', 'openshift')).toBe(true);
    expect(isTypeAvailable('warm', 'ovirt', 'openshift')).toBe(true);
    expect(isTypeAvailable('warm', 'openstack', 'openshift')).toBe(false);
    expect(isTypeAvailable('warm', 'ova', 'openshift')).toBe(false);
    expect(typeAvailability('openshift', 'openshift').find((a) => a.type === 'warm')).toEqual({ type: 'warm', available: false, reason: 'openshiftUsesLive' });
  });
  it('offers live only from OpenShift to OpenShift', () => {
    expect(isTypeAvailable('live', 'openshift', 'openshift')).toBe(true);
    expect(isTypeAvailable('live', 'vsphere', 'openshift')).toBe(false);
    expect(typeAvailability('vsphere', 'openshift').find((a) => a.type === 'live')?.reason).toBe('liveNeedsOpenShift');
  });
  it('offers cold from every source, conversion only from vSphere, and falls back to cold', () => {
    for (const source of ['vsphere', 'ovirt', 'openstack', 'ova', 'openshift'] as const) {
      expect(isTypeAvailable('cold', source, 'openshift')).toBe(true);
      expect(isTypeAvailable('conversion', source, 'openshift')).toBe(source === 'vsphere');
    }
    expect(typeAvailability('openshift', 'openshift').find((a) => a.type === 'conversion')).toEqual({ type: 'conversion', available: false, reason: 'conversionNeedsVsphere' });
    expect(coerceType('conversion', 'ovirt', 'openshift')).toBe('cold');
    expect(coerceType('warm', 'ova', 'openshift')).toBe('cold');
    expect(coerceType('warm', 'vsphere', 'openshift')).toBe('warm');
  });
  it('skips the storage step for conversion only', () => {
    expect(needsStorageMap('conversion')).toBe(false);
    expect(wizardSteps('conversion')).not.toContain('storage');
    expect(wizardSteps('cold')).toEqual(['general', 'vms', 'network', 'storage', 'type', 'settings', 'hooks', 'review']);
    const plan = toPlan(values({ type: 'conversion' }));
    expect(plan.spec?.map?.storage).toBeUndefined();
    expect(plannedObjects(values({ type: 'conversion' }), { network: {}, storage: {} }).map((o) => o.data.kind)).toEqual(['NetworkMap', 'Plan']);
  });
});

describe('PVC name template', () => {
  const vars = { VmName: 'web-1', PlanName: 'p', DiskIndex: 2, RootDiskIndex: 0, Shared: false, WinDriveLetter: 'c', FileName: 'web-1.vmdk' };
  it('renders the Forklift variables, pipes, conditionals and trim markers', () => {
    expect(renderPvcTemplate('{{.VmName}}-disk-{{ .DiskIndex }}', vars)).toBe('web-1-disk-2');
    expect(renderPvcTemplate('{{.PlanName}}-{{.VmName | upper | lower}}', vars)).toBe('p-web-1');
    expect(renderPvcTemplate('{{if .Shared}}shared{{else}}{{.VmName}}{{end}}-{{.DiskIndex}}', vars)).toBe('web-1-2');
    expect(renderPvcTemplate('{{if .Shared}}shared{{else}}own{{end}}', { ...vars, Shared: true })).toBe('shared');
    expect(renderPvcTemplate('a  {{- .DiskIndex -}}  b', vars)).toBe('a2b');
  });
  it('names the problem in a bad template and never runs code', () => {
    expect(templateError('{{.Nope}}')?.message).toMatch(/unknown variable \.Nope/);
    expect(templateError('{{.VmName')?.message).toMatch(/unclosed/);
    expect(templateError('{{if .Shared}}x')?.message).toMatch(/end/);
    expect(templateError('{{ printf "%s" .VmName }}')).toBeDefined();
    expect(templateError('{{.VmName | exec}}')?.message).toMatch(/unknown function/);
    expect(templateError('{{end}}')?.offset).toBe(0);
    expect(templateError('{{.VmName}}-{{.DiskIndex}}')).toBeUndefined();
  });
  it('previews every disk and flags invalid and duplicate names', () => {
    const rows = previewPvcNames('{{.VmName}}-{{.DiskIndex}}', 'p', [
      { name: 'web-1', disks: [{ index: 0 }, { index: 1 }] },
      { name: 'Web_2', disks: [{ index: 0 }] },
    ]);
    expect(rows.map((r) => [r.name, r.problem])).toEqual([
      ['web-1-0', undefined],
      ['web-1-1', undefined],
      ['Web_2-0', 'invalid'],
    ]);
    const dup = previewPvcNames('{{.PlanName}}-disk', 'p', [{ name: 'a', disks: [{ index: 0 }, { index: 1 }] }]);
    expect(dup.map((r) => r.problem)).toEqual(['duplicate', 'duplicate']);
  });
});

describe('planvms files', () => {
  it('round-trips the selection through planvms YAML', () => {
    const vms = [
      { id: 'vm-1', name: 'web-1' },
      { id: 'vm-2', name: 'db: primary' },
    ];
    const text = formatPlanVms(vms);
    expect(parse(text)).toEqual([{ name: 'web-1', id: 'vm-1' }, { name: 'db: primary', id: 'vm-2' }]);
    expect(parseVmList(text)).toEqual(vms);
  });
  it('reads what kubectl mtv writes (extra fields ignored) and name-per-line files', () => {
    expect(parseVmList('- id: vm-105715\n  name: ronen-oc\n  hooks: []\n  targetName: ""\n')).toEqual([{ id: 'vm-105715', name: 'ronen-oc' }]);
    expect(parseVmList('# my vms\nweb-1\n\nweb-2\r\nweb-1\n')).toEqual([{ name: 'web-1' }, { name: 'web-2' }]);
    expect(parseVmList('- web-1\n- web-2\n')).toEqual([{ name: 'web-1' }, { name: 'web-2' }]);
    expect(() => parseVmList('- {}\n')).toThrow(VmListError);
  });
  it('resolves references by id, then by name, and reports the missing', () => {
    const inventory = [
      { id: 'vm-1', name: 'web-1' },
      { id: 'vm-2', name: 'web-2' },
    ];
    expect(resolveVmRefs([{ name: 'web-2' }, { id: 'vm-1', name: 'renamed' }, { name: 'gone' }], inventory)).toEqual({
      found: [inventory[1], inventory[0]],
      missing: [{ name: 'gone' }],
    });
  });
});

describe('builders', () => {
  it('builds the plan with providers, maps, VMs, hooks and settings', () => {
    const v = values({
      description: ' Web tier ',
      type: 'warm',
      targetPowerState: 'on',
      transferNetwork: 'mtv/transfer',
      preserveStaticIPs: true,
      pvcNameTemplate: '{{.VmName}}-{{.DiskIndex}}',
      targetLabels: 'app=web, tier=frontend',
      targetNodeSelector: 'zone=a',
      preHook: { enabled: true, image: 'quay.io/hook', playbook: '- hosts: localhost\n', serviceAccount: 'runner', deadline: '300' },
    });
    const plan = toPlan(v);
    expect(plan.metadata).toEqual({ name: 'web-tier', namespace: 'mtv' });
    expect(plan.spec).toMatchObject({
      description: 'Web tier',
      type: 'warm',
      warm: true,
      targetNamespace: 'apps',
      provider: { source: { name: 'vcenter', namespace: 'mtv' }, destination: { name: 'host', namespace: 'mtv' } },
      map: { network: { name: 'web-tier-network', namespace: 'mtv' }, storage: { name: 'web-tier-storage', namespace: 'mtv' } },
      targetPowerState: 'on',
      transferNetwork: { namespace: 'mtv', name: 'transfer' },
      preserveStaticIPs: true,
      pvcNameTemplate: '{{.VmName}}-{{.DiskIndex}}',
      targetLabels: { app: 'web', tier: 'frontend' },
      targetNodeSelector: { zone: 'a' },
      migrateSharedDisks: true,
    });
    expect(plan.spec?.vms).toEqual([
      { id: 'vm-1', name: 'web-1', hooks: [{ step: 'PreHook', hook: { name: 'web-tier-pre-hook', namespace: 'mtv' } }] },
      { id: 'vm-2', name: 'web-2', hooks: [{ step: 'PreHook', hook: { name: 'web-tier-pre-hook', namespace: 'mtv' } }] },
    ]);
    expect(toPlan(values({ networkMap: { mode: 'existing', existing: 'shared-net', pairs: [] } })).spec?.map?.network).toEqual({ name: 'shared-net', namespace: 'mtv' });
  });
  it('builds hooks with the playbook base64-encoded (UTF-8 safe)', () => {
    const playbook = '- hosts: localhost\n  tasks:\n    - debug: { msg: "héllo" }\n';
    const hook = toHook(values({ postHook: { enabled: true, image: ' img ', playbook, serviceAccount: '', deadline: '' } }), 'PostHook');
    expect(hook.metadata?.name).toBe('web-tier-post-hook');
    expect(hook.spec?.image).toBe('img');
    expect(new TextDecoder().decode(Uint8Array.from(atob(hook.spec!.playbook!), (c) => c.charCodeAt(0)))).toBe(playbook);
    expect(hook.spec?.deadline).toBeUndefined();
  });
  it('builds the maps from the pairs, with readable source names', () => {
    const v = values();
    expect(toNetworkMap(v, { 'net-1': 'VM Network' }).spec?.map).toEqual([
      { source: { id: 'net-1', name: 'VM Network' }, destination: { type: 'pod' } },
      { source: { id: 'net-2' }, destination: { type: 'multus', namespace: 'apps', name: 'vlan10' } },
    ]);
    expect(toStorageMap(v).spec?.map).toEqual([{ source: { id: 'ds-1' }, destination: { storageClass: 'standard', volumeMode: 'Block' } }]);
    expect(plannedObjects(values({ postHook: { ...v.postHook, enabled: true } }), { network: {}, storage: {} }).map((o) => o.data.kind)).toEqual([
      'NetworkMap',
      'StorageMap',
      'Hook',
      'Plan',
    ]);
  });
  it('writes a storage pair\'s copy offload and options, in the map and in its kubectl mtv pairs', () => {
    const v = values({
      storageMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'ds-1', targetId: 'standard', volumeMode: 'Block', offload: { vendor: 'powerstore', secret: 'ps-creds' } }] },
    });
    expect(toStorageMap(v).spec?.map).toEqual([
      { source: { id: 'ds-1' }, destination: { storageClass: 'standard', volumeMode: 'Block' }, offloadPlugin: { vsphereXcopyConfig: { secretRef: 'ps-creds', storageVendorProduct: 'powerstore' } } },
    ]);
    const storage = planCommands(v, { network: {}, storage: { 'ds-1': 'ds1' } }).find((c) => typeof c !== 'string' && c.verb.includes('storage'));
    expect(renderMtvCommand(storage as Exclude<typeof storage, string | undefined>)).toContain(
      "--storage-pairs 'ds1:standard;volumeMode=Block;offloadPlugin=vsphere;offloadVendor=powerstore;offloadSecret=ps-creds'",
    );
  });
  it('renders the equivalent kubectl mtv commands', () => {
    const commands = planCommands(values({ preHook: { enabled: true, image: 'img', playbook: "- name: it's\n", serviceAccount: '', deadline: '60' } }), {
      network: { 'net-1': 'VM Network', 'net-2': 'vlan' },
      storage: { 'ds-1': 'ds1' },
    });
    expect(commands).toHaveLength(4);
    const text = commands.map((c) => (typeof c === 'string' ? c : renderMtvCommand(c)));
    expect(text[0]).toContain("--network-pairs 'VM Network:default,vlan:apps/vlan10'");
    expect(text[1]).toContain("--storage-pairs 'ds1:standard;volumeMode=Block'");
    expect(text[2]).toContain(`--playbook '- name: it'\\''s\n'`);
    expect(text[3]).toMatch(/^kubectl mtv create plan web-tier \\\n {2}-n mtv/);
    expect(text[3]).toContain('--vms web-1,web-2');
    expect(text[3]).toContain('--pre-hook web-tier-pre-hook');
    expect(text[3]).not.toContain('storage-pairs');
  });
});

describe('step schemas', () => {
  const ctx: StepContext = { planNames: new Set(['taken']), sourceType: 'ova', targetType: 'openshift', networkSources: ['net-1', 'net-2'], storageSources: ['ds-1', 'ds-2'] };
  it('checks the general step: DNS label, clashes, providers', () => {
    expect(validateStep('general', ctx, values())).toEqual({});
    expect(validateStep('general', ctx, values({ name: 'Bad_Name' })).name).toMatch(/Lowercase/);
    expect(validateStep('general', ctx, values({ name: 'taken' })).name).toMatch(/already exists/);
    expect(validateStep('general', ctx, values({ targetProvider: 'vcenter' })).targetProvider).toMatch(/different/);
    expect(validateStep('general', ctx, values({ targetNamespace: '' })).targetNamespace).toBe('Required');
  });
  it('needs VMs, complete maps and an available type', () => {
    expect(validateStep('vms', ctx, values({ vms: [] })).vms).toMatch(/at least one/);
    expect(validateStep('network', ctx, values())).toEqual({});
    expect(validateStep('storage', ctx, values())['storageMap.pairs']).toMatch(/Every storage/);
    expect(validateStep('network', ctx, values({ networkMap: { mode: 'new', existing: '', pairs: [{ sourceId: 'net-1', targetId: 'pod' }, { sourceId: 'net-2', targetId: 'pod' }] } }))['networkMap.pairs']).toMatch(/Only one/);
    expect(validateStep('network', ctx, values({ networkMap: { mode: 'existing', existing: '', pairs: [] } }))['networkMap.existing']).toMatch(/Pick/);
    expect(validateStep('network', { ...ctx, mapNames: { network: new Set(['web-tier-network']), storage: new Set() } }, values())['networkMap.pairs']).toBe('MapExists|web-tier-network');
    expect(validateStep('type', ctx, values({ type: 'warm' })).type).toMatch(/not available/);
    expect(validateStep('type', ctx, values({ type: 'cold' }))).toEqual({});
  });
  it('checks settings and hooks at the field they concern', () => {
    expect(validateStep('settings', ctx, values({ pvcNameTemplate: '{{.Bad}}', targetLabels: 'a=b,c' }))).toMatchObject({
      pvcNameTemplate: expect.stringMatching(/unknown variable/),
      targetLabels: expect.stringMatching(/key=value/),
    });
    const hook = { enabled: true, image: '', playbook: 'a: [', serviceAccount: 'Bad SA', deadline: '-1' };
    expect(Object.keys(validateStep('hooks', ctx, values({ preHook: hook }))).sort()).toEqual(['preHook.deadline', 'preHook.image', 'preHook.playbook', 'preHook.serviceAccount']);
    expect(validateStep('hooks', ctx, values({ preHook: { ...hook, enabled: false, playbook: '', deadline: '' } }))).toEqual({});
  });
  it('parses labels strictly', () => {
    expect(parseKeyValues('a=b\nexample.com/c=d')).toEqual({ values: { a: 'b', 'example.com/c': 'd' } });
    expect(parseKeyValues('-a=b').error).toMatch(/key/);
  });
});

describe('disks for the PVC name preview', () => {
  it('reads each provider type\'s disks with their index, shared flag and file name', () => {
    expect(vmDisks('vsphere', { disks: [{ file: '[ds1] web/web-1.vmdk', shared: false }, { shared: true }] })).toEqual([
      { index: 0, shared: false, fileName: 'web-1.vmdk' },
      { index: 1, shared: true },
    ]);
    expect(vmDisks('ovirt', { diskAttachments: [{ disk: 'a' }, { disk: 'b' }] }).map((d) => d.index)).toEqual([0, 1]);
    expect(vmDisks('openstack', { attachedVolumes: [{ ID: 'v' }] })).toHaveLength(1);
    expect(vmDisks('openshift', { object: { spec: { dataVolumeTemplates: [{}, {}, {}] } } })).toHaveLength(3);
  });
});

describe('drafts', () => {
  const memory = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };
  it('saves per namespace, restores with defaults for new fields, and discards', () => {
    const store = memory();
    saveDraft(values(), store, new Date('2026-01-01T00:00:00Z'));
    expect(loadDraft('other', store)).toBeUndefined();
    const draft = loadDraft('mtv', store);
    expect(draft?.values).toEqual(values());
    expect(draft?.savedAt).toBe('2026-01-01T00:00:00.000Z');
    store.setItem('forklift-console/plan-wizard-draft/mtv', JSON.stringify({ version: 1, values: { name: 'x' } }));
    expect(loadDraft('mtv', store)?.values).toEqual({ ...defaultValues('mtv'), name: 'x' });
    store.setItem('forklift-console/plan-wizard-draft/mtv', '{not json');
    expect(loadDraft('mtv', store)).toBeUndefined();
    discardDraft('mtv', store);
    expect(store.getItem('forklift-console/plan-wizard-draft/mtv')).toBeNull();
  });
});

describe('the VM table', async () => {
  const { buildVmIndex, buildVmTable } = await import('./vmTable');
  const index = buildVmIndex({ rows: [['a', 'web-1', true], ['b', 'web-2', false], ['c', 'db-1', false]], sourceIndex: [0, 1, 2] });
  it('ties query rows to VM ids, flags VMs in other plans and filters critical ones', () => {
    const result = { columns: ['name', 'cpu'], rows: [['db-1', 2], ['web-1', 4]], sourceIndex: [2, 0] };
    const view = buildVmTable(result, index, new Map([['a', ['old-plan']]]), { criticalOnly: false, otherPlansColumn: 'In plans' });
    expect(view).toEqual({ columns: ['name', 'cpu', 'In plans'], rows: [['db-1', 2, null], ['web-1', 4, 'old-plan']], ids: ['c', 'a'] });
    expect(buildVmTable(result, index, new Map(), { criticalOnly: true, otherPlansColumn: 'x' }).ids).toEqual(['a']);
    expect(index.bySourceId.get('b')).toBe(1);
  });
  it('drops grouped rows, which are no VM', () => {
    expect(buildVmTable({ columns: ['n'], rows: [[3]], sourceIndex: null }, index, new Map(), { criticalOnly: false, otherPlansColumn: 'x' }).rows).toEqual([]);
  });
});

describe('map pre-fill', async () => {
  const { prefillNetworkPairs, prefillStoragePairs } = await import('./mapPrefill');
  const sources = [
    { id: 'n1', name: 'VM Network', vmCount: 2 },
    { id: 'n2', name: 'vlan10', vmCount: 1 },
    { id: 'n3', name: 'backup', vmCount: 1 },
  ];
  it('pairs exactly the used networks: same-named NAD, then the pod network once, kept choices', () => {
    // n3 has no obvious target: it stays unpaired, for the person to choose.
    expect(prefillNetworkPairs(sources, [], ['apps/vlan10'])).toEqual([
      { sourceId: 'n1', targetId: 'pod' },
      { sourceId: 'n2', targetId: 'apps/vlan10' },
    ]);
    expect(prefillNetworkPairs(sources.slice(0, 1), [{ sourceId: 'gone', targetId: 'pod' }, { sourceId: 'n1', targetId: 'ignored' }], [])).toEqual([{ sourceId: 'n1', targetId: 'ignored' }]);
  });
  it('maps storage to the default class', () => {
    expect(prefillStoragePairs([{ id: 'd1', name: 'ds', vmCount: 1 }], [], 'standard')).toEqual([{ sourceId: 'd1', targetId: 'standard' }]);
  });
});

describe('writing in order with rollback', async () => {
  const { createPlanObjects } = await import('./writePlan');
  const { isCreatePlanError } = await import('../../k8s/write/createPlan');
  const v = values({ preHook: { ...values().preHook, enabled: true } });
  const fakeClient = (failOn?: string, failDelete?: string) => {
    const log: string[] = [];
    const client = {
      create: async (_m: unknown, data: { kind?: string; metadata?: { name?: string } }) => {
        if (data.kind === failOn) throw Object.assign(new Error('x'), { code: 422, json: { code: 422, reason: 'Invalid', message: `${data.kind} is invalid` } });
        log.push(`create ${data.kind}`);
        return { ...data, metadata: { ...data.metadata, uid: `uid-${data.kind}` } };
      },
      delete: async (_m: unknown, r: { kind?: string }) => {
        if (r.kind === failDelete) throw Object.assign(new Error('forbidden'), { code: 403 });
        log.push(`delete ${r.kind}`);
      },
      patch: async (_m: unknown, r: { kind?: string }, ops: { value: unknown }[]) => {
        log.push(`own ${r.kind} by ${JSON.stringify(ops[0].value)}`);
        return r;
      },
      get: async () => ({}),
    };
    return { log, client };
  };
  it('writes maps, hooks, then the plan, and makes the plan their owner', async () => {
    const { log, client } = fakeClient();
    await createPlanObjects(v, { network: {}, storage: {} }, client as never);
    const owner = '[{"apiVersion":"forklift.konveyor.io/v1beta1","kind":"Plan","name":"web-tier","uid":"uid-Plan"}]';
    expect(log).toEqual(['create NetworkMap', 'create StorageMap', 'create Hook', 'create Plan', `own NetworkMap by ${owner}`, `own StorageMap by ${owner}`, `own Hook by ${owner}`]);
  });
  it('removes what it wrote, newest first, when a later write fails, and says what failed and why', async () => {
    const { log, client } = fakeClient('Plan', 'StorageMap');
    const error = await createPlanObjects(v, { network: {}, storage: {} }, client as never).catch((e: unknown) => e);
    expect(log).toEqual(['create NetworkMap', 'create StorageMap', 'create Hook', 'delete Hook', 'delete NetworkMap']);
    expect(isCreatePlanError(error)).toBe(true);
    if (!isCreatePlanError(error)) return;
    expect(error.detail.step).toMatchObject({ kind: 'Plan', name: 'web-tier' });
    expect(error.detail.failure.message).toBe('Plan is invalid');
    expect(error.detail.leftBehind.map((l) => l.step.name)).toEqual(['web-tier-storage']);
  });
});

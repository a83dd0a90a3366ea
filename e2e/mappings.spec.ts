/**
 * Network and storage maps made by pointing and clicking: the visual editor,
 * pasted kubectl-mtv pair syntax, an edit, and a delete that names the plans
 * using a map. Each written map is read back with the real kubectl.
 */
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './fixtures';
import { kubectl } from './kubectl';

const NS = 'openshift-mtv';
const INVENTORY = '/api/proxy/plugin/forklift-console-plugin/forklift-inventory';
const ref = (kind: 'NetworkMap' | 'StorageMap') => `forklift.konveyor.io~v1beta1~${kind}`;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

interface MapObject {
  spec: { provider: { source: { name: string }; destination: { name: string } }; map: { source: { id?: string; name?: string }; destination: Record<string, string>; offloadPlugin?: unknown }[] };
}

const getMap = (baseURL: string, kind: 'networkmap' | 'storagemap', name: string): MapObject =>
  parse(kubectl(baseURL, ['get', kind, name, '-n', NS, '-o', 'yaml'])) as MapObject;

/** Names of a Ready source provider's networks or datastores, as the inventory lists them (unique ones only). */
const sourceNames = async (page: Page, collection: string): Promise<string[]> => {
  let items: { name: string }[] = [];
  await expect
    .poll(async () => {
      const providers = await (await page.request.get(`${INVENTORY}/providers?detail=1`)).json();
      const vc = providers.vsphere?.find((p: { name: string }) => p.name === 'vcenter-prod');
      if (!vc) return 0;
      const res = await page.request.get(`${INVENTORY}/providers/vsphere/${vc.uid}/${collection}?detail=1`);
      items = res.ok() ? await res.json() : [];
      return items.length;
    }, { timeout: 30_000 })
    .toBeGreaterThan(1);
  const names = items.map((i) => i.name);
  return names.filter((n) => names.indexOf(n) === names.lastIndexOf(n) && !/[,:@;]/.test(n)).sort();
};

const openCreate = async (page: Page, kind: 'NetworkMap' | 'StorageMap', name: string) => {
  await page.goto(`/k8s/ns/${NS}/${ref(kind)}/~new?sourceProvider=vcenter-prod`);
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await expect(page.getByRole('combobox', { name: 'Target provider' })).toHaveValue('host');
  await expect(page.getByRole('combobox', { name: 'Source provider' })).toHaveValue('vcenter-prod');
};

test.describe('Mappings', () => {
  test('a network map drawn in the visual editor', async ({ page, baseURL }) => {
    const [a, b] = await sourceNames(page, 'networks');
    const name = unique('e2e-net');
    await openCreate(page, 'NetworkMap', name);
    await page.getByRole('button', { name: `Source ${a}`, exact: true }).click();
    await page.getByRole('button', { name: 'Target Pod network' }).click();
    await page.getByRole('button', { name: `Source ${b}`, exact: true }).click();
    await page.getByRole('button', { name: 'Target demo-migrations/vlan-110-prod' }).click();
    // The preview shows the command with both pairs before anything is written.
    await expect(page.locator('body')).toContainText(`${a}:default,${b}:demo-migrations/vlan-110-prod`);
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    const map = getMap(baseURL!, 'networkmap', name);
    expect(map.spec.provider.source.name).toBe('vcenter-prod');
    expect(map.spec.provider.destination.name).toBe('host');
    expect(map.spec.map.map((p) => [p.source.name, p.destination])).toEqual([
      [a, { type: 'pod' }],
      [b, { type: 'multus', namespace: 'demo-migrations', name: 'vlan-110-prod' }],
    ]);
    expect(map.spec.map.every((p) => p.source.id)).toBe(true);
  });

  test('a storage map drawn in the visual editor, with a volume mode and copy offload (its Secret made in place) set in the table view', async ({ page, baseURL }) => {
    const [ds] = await sourceNames(page, 'datastores');
    const name = unique('e2e-sto');
    await openCreate(page, 'StorageMap', name);
    await page.getByRole('button', { name: `Source ${ds}`, exact: true }).click();
    await page.getByRole('button', { name: 'Target ocs-storagecluster-cephfs' }).click();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('combobox', { name: `Volume mode for ${ds}` }).selectOption('Filesystem');
    await page.getByRole('combobox', { name: `Access mode for ${ds}` }).selectOption('ReadWriteMany');
    await page.getByRole('button', { name: `Set up copy offload for ${ds}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Storage vendor product/).selectOption('powerstore');
    await dialog.getByLabel(/^Storage credentials Secret/).selectOption({ label: 'Create a new Secret…' });
    await dialog.getByLabel(/^New Secret name/).fill(`${name}-creds`);
    await dialog.getByLabel(/^STORAGE_HOSTNAME/).fill('powerstore.example.com');
    await dialog.getByLabel(/^STORAGE_USERNAME/).fill('admin');
    await dialog.getByLabel(/^STORAGE_PASSWORD/).fill('e2e-pw');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The pair syntax follows the fields.
    await expect(page.getByRole('textbox', { name: 'Pairs in kubectl mtv syntax' })).toHaveValue(
      `${ds}:ocs-storagecluster-cephfs;volumeMode=Filesystem;accessMode=ReadWriteMany;offloadPlugin=vsphere;offloadVendor=powerstore;offloadSecret=${name}-creds`,
    );
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    const map = getMap(baseURL!, 'storagemap', name);
    expect(map.spec.map.map((p) => [p.source.name, p.destination, p.offloadPlugin])).toEqual([
      [
        ds,
        { storageClass: 'ocs-storagecluster-cephfs', volumeMode: 'Filesystem', accessMode: 'ReadWriteMany' },
        { vsphereXcopyConfig: { secretRef: `${name}-creds`, storageVendorProduct: 'powerstore' } },
      ],
    ]);
    const secret = parse(kubectl(baseURL!, ['get', 'secret', `${name}-creds`, '-n', NS, '-o', 'yaml'])) as {
      data: Record<string, string>;
      metadata: { ownerReferences?: { kind: string; name: string }[] };
    };
    expect(Object.fromEntries(Object.entries(secret.data).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]))).toEqual({
      STORAGE_HOSTNAME: 'powerstore.example.com',
      STORAGE_USERNAME: 'admin',
      STORAGE_PASSWORD: 'e2e-pw',
    });
    expect(secret.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'StorageMap', name })]);
  });

  test('a network map from pasted pair syntax, with an error pointing into the text first', async ({ page, baseURL }) => {
    const [a, b] = await sourceNames(page, 'networks');
    const name = unique('e2e-paste');
    await openCreate(page, 'NetworkMap', name);
    const paste = page.getByRole('textbox', { name: 'Paste pairs' });
    await paste.fill(`${a}:default,${b}`);
    await page.getByRole('button', { name: 'Apply pairs' }).click();
    await expect(page.getByText(`Column ${a.length + 10}: "${b}" needs a colon between source and target.`)).toBeVisible();
    await paste.fill(`${a}:ignored, ${b}:demo-migrations/vlan-200-dmz`);
    await paste.press('Enter');
    await expect(page.getByText('Replaced the mappings with 2 pairs.')).toBeVisible();
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

    const map = getMap(baseURL!, 'networkmap', name);
    expect(map.spec.map.map((p) => [p.source.name, p.destination])).toEqual([
      [a, { type: 'ignored' }],
      [b, { type: 'multus', namespace: 'demo-migrations', name: 'vlan-200-dmz' }],
    ]);
  });

  test('a storage map edited, then deleted', async ({ page, baseURL }) => {
    const [ds] = await sourceNames(page, 'datastores');
    const name = unique('e2e-edit');
    const items = await (await page.request.get(`${INVENTORY}/providers?detail=1`)).json();
    const uid = items.vsphere.find((p: { name: string }) => p.name === 'vcenter-prod').uid;
    const stores: { id: string; name: string }[] = await (await page.request.get(`${INVENTORY}/providers/vsphere/${uid}/datastores?detail=1`)).json();
    const id = stores.find((s) => s.name === ds)!.id;
    kubectl(baseURL!, ['apply', '-f', '-'], JSON.stringify({
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'StorageMap',
      metadata: { name, namespace: NS },
      spec: {
        provider: { source: { name: 'vcenter-prod', namespace: NS }, destination: { name: 'host', namespace: NS } },
        map: [{ source: { id, name: ds }, destination: { storageClass: 'standard-csi' } }],
      },
    }));

    await page.goto(`/k8s/ns/${NS}/${ref('StorageMap')}/${name}`);
    await page.getByRole('button', { name: 'Edit mappings' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Edit storage map ${name}`);
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.getByRole('combobox', { name: `Target for ${ds}` }).selectOption('ocs-storagecluster-ceph-rbd');
    await expect(page.locator('body')).toContainText('kubectl mtv patch mapping storage');
    await expect(page.locator('body')).toContainText(`${ds}:ocs-storagecluster-ceph-rbd`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Storage map ${name}`);
    expect(getMap(baseURL!, 'storagemap', name).spec.map).toEqual([{ source: { id, name: ds }, destination: { storageClass: 'ocs-storagecluster-ceph-rbd' } }]);

    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('No plan uses this map.');
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Storage maps', level: 1 })).toBeVisible();
    expect(() => kubectl(baseURL!, ['get', 'storagemap', name, '-n', NS])).toThrow(/NotFound|not found/);
  });

  test('deleting a map that a plan uses names the plan in the confirmation', async ({ page, baseURL }) => {
    // Its own map and its own plan using it (written with kubectl), so the demo world is never touched.
    const map = unique('e2e-used');
    const plan = `${map}-plan`;
    const apply = (object: object) => kubectl(baseURL!, ['apply', '-f', '-'], JSON.stringify(object));
    apply({
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'NetworkMap',
      metadata: { name: map, namespace: NS },
      spec: {
        provider: { source: { name: 'vcenter-prod', namespace: NS }, destination: { name: 'host', namespace: NS } },
        map: [{ source: { name: 'VM Network' }, destination: { type: 'pod' } }],
      },
    });
    apply({
      apiVersion: 'forklift.konveyor.io/v1beta1',
      kind: 'Plan',
      metadata: { name: plan, namespace: NS },
      spec: {
        targetNamespace: 'demo-migrations',
        provider: { source: { name: 'vcenter-prod', namespace: NS }, destination: { name: 'host', namespace: NS } },
        map: { network: { name: map, namespace: NS }, storage: { name: 'vcenter-prod-storage', namespace: NS } },
        vms: [],
      },
    });
    try {
      await page.goto(`/k8s/ns/${NS}/${ref('NetworkMap')}`);
      await page.getByRole('textbox', { name: 'Filter by name' }).fill(map);
      await page.getByRole('button', { name: `Actions for ${map}` }).click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      const dialog = page.getByRole('dialog', { name: `Delete network map ${map}?` });
      await expect(dialog.getByRole('list', { name: 'Plans using this map' })).toHaveText(plan);
      // Cancel keeps it; Delete, after reading the warning, removes it.
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expect(dialog).toHaveCount(0);
      expect(kubectl(baseURL!, ['get', 'networkmap', map, '-n', NS, '-o', 'name'])).toContain(map);
      await page.getByRole('button', { name: `Actions for ${map}` }).click();
      await page.getByRole('menuitem', { name: 'Delete' }).click();
      await expect(dialog.getByRole('list', { name: 'Plans using this map' })).toHaveText(plan);
      await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('link', { name: map, exact: true })).toHaveCount(0);
      expect(() => kubectl(baseURL!, ['get', 'networkmap', map, '-n', NS])).toThrow(/NotFound|not found/);
    } finally {
      kubectl(baseURL!, ['delete', 'plan', plan, '-n', NS, '--ignore-not-found']);
      kubectl(baseURL!, ['delete', 'networkmap', map, '-n', NS, '--ignore-not-found']);
    }
  });
});

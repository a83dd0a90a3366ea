/**
 * Providers by pointing and clicking: create each of the five types (one
 * trusting a certificate fetched from the endpoint), failing ones fixed by
 * editing, a failed create that leaves nothing behind, and delete with the
 * warning about the maps that still use the provider. Checked against the
 * API with the real kubectl.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kubectl } from './kubectl';

const NS = 'openshift-mtv';
const NEW = `/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Provider/~new`;
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const getJson = (baseURL: string, args: string[]) => JSON.parse(kubectl(baseURL, [...args, '-o', 'json']));
const secretsFor = (baseURL: string, provider: string) =>
  (getJson(baseURL, ['get', 'secrets', '-n', NS]).items as { metadata: { name: string } }[]).filter((s) => s.metadata.name.startsWith(`${provider}-`));

const pickType = async (page: Page, label: string) => {
  await page.getByRole('radio', { name: label }).check();
  await expect(page.getByRole('textbox', { name: 'Provider name' })).toBeVisible();
};

const create = async (page: Page) => {
  await page.getByRole('button', { name: 'Create provider' }).click();
};

const status = (page: Page) => page.getByRole('region', { name: 'Provider status' });
// The success alert's title (the Ready condition's message, the same sentence, is in the conditions table below it).
const ready = (page: Page) => status(page).getByRole('heading', { name: /The provider is ready\./ });

test.describe('Provider wizard', () => {
  test('creates each of the five types, one trusting a fetched certificate, and they become Ready', async ({ page, baseURL }) => {
    // Several providers created and judged by the controller in one page: more than the default minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const names = { vsphere: unique('e2e-vs'), ovirt: unique('e2e-rhv'), openstack: unique('e2e-os'), openshift: unique('e2e-ocp'), ova: unique('e2e-ova') };
    await page.goto(NEW);
    // The first page load of a test may be slow on a busy 2-core machine.
    await expect(page.getByRole('heading', { name: 'Create provider', level: 1 })).toBeVisible({ timeout: 30_000 });

    // vSphere: /sdk offered, VDDK warning until an image is given, AIO buffers, certificate fetched and trusted.
    await pickType(page, 'VMware vSphere');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(names.vsphere);
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${names.vsphere}.example.com`);
    await page.getByRole('button', { name: `Use https://${names.vsphere}.example.com/sdk` }).click();
    await expect(page.getByRole('textbox', { name: 'URL' })).toHaveValue(`https://${names.vsphere}.example.com/sdk`);
    await page.getByRole('textbox', { name: 'Username' }).fill('administrator@vsphere.local');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Secr3t!');
    await expect(page.getByText('No VDDK init image')).toBeVisible();
    await page.getByRole('textbox', { name: 'VDDK init image' }).fill('quay.io/example/vddk:8.0.3');
    await expect(page.getByText('No VDDK init image')).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'Use VDDK AIO optimization' }).check();
    await page.getByRole('textbox', { name: 'Buffer count' }).fill('0');
    await page.getByRole('textbox', { name: 'Buffer size (in 64 KiB units)' }).click();
    await expect(page.getByText('Enter a whole number greater than 0.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Buffer count' }).fill('8');
    await page.getByRole('button', { name: 'Fetch certificate from the endpoint' }).click();
    const fetched = page.getByRole('article', { name: 'Fetched certificate' }).or(page.getByLabel('Fetched certificate', { exact: true }));
    await expect(fetched).toContainText(`CN=${names.vsphere}.example.com`);
    await expect(fetched).toContainText('SHA-256 fingerprint');
    await expect(fetched).toContainText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    await page.getByRole('button', { name: 'Trust this certificate' }).click();
    await expect(page.getByRole('textbox', { name: 'CA certificate' })).toHaveValue(/BEGIN CERTIFICATE/);
    // The preview: YAML of both objects (secret values masked) and the command.
    await page.getByRole('button', { name: 'Show YAML and command' }).click();
    await expect(page.getByRole('region', { name: 'kubectl mtv command' })).toContainText(`kubectl mtv create provider ${names.vsphere}`);
    await expect(page.getByRole('region', { name: 'kubectl mtv command' })).toContainText('--vddk-buf-count 8');
    await expect(page.getByRole('region', { name: `YAML of Secret ${names.vsphere}-…` })).not.toContainText('Secr3t!');
    await create(page);
    await expect(status(page).getByRole('heading', { name: `Provider ${names.vsphere}` })).toBeVisible();
    await status(page).getByRole('button', { name: 'Create another provider' }).click();

    // oVirt with verification skipped (visible warning).
    await pickType(page, 'Red Hat Virtualization');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(names.ovirt);
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${names.ovirt}.example.com/ovirt-engine/api`);
    await page.getByRole('textbox', { name: 'Username' }).fill('admin@internal');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Secr3t!');
    await create(page);
    await expect(page.getByText('The oVirt engine needs its CA certificate, unless you skip certificate verification.')).toBeVisible();
    await page.getByRole('radio', { name: 'Skip certificate verification' }).check();
    await expect(page.getByText('Certificate verification is off')).toBeVisible();
    await create(page);
    await expect(status(page).getByRole('heading', { name: `Provider ${names.ovirt}` })).toBeVisible();
    await status(page).getByRole('button', { name: 'Create another provider' }).click();

    // OpenStack, password authentication.
    await pickType(page, 'OpenStack');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(names.openstack);
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${names.openstack}.example.com:5000/v3`);
    await page.getByRole('textbox', { name: 'Username' }).fill('migration');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Secr3t!');
    await page.getByRole('textbox', { name: 'Domain' }).fill('Default');
    await page.getByRole('textbox', { name: 'Project' }).fill('admin');
    await page.getByRole('radio', { name: 'Skip certificate verification' }).check();
    await create(page);
    await expect(status(page).getByRole('heading', { name: `Provider ${names.openstack}` })).toBeVisible();
    await status(page).getByRole('button', { name: 'Create another provider' }).click();

    // OpenShift with an empty URL: the host cluster, no credentials.
    await pickType(page, 'OpenShift Virtualization');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(names.openshift);
    await expect(page.getByText('no credentials are needed')).toBeVisible();
    await create(page);
    await expect(status(page).getByRole('heading', { name: `Provider ${names.openshift}` })).toBeVisible();
    await status(page).getByRole('button', { name: 'Create another provider' }).click();

    // OVA on an NFS share; a bad share is refused at the field.
    await pickType(page, 'Open Virtual Appliance (OVA)');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(names.ova);
    await page.getByRole('textbox', { name: 'NFS share' }).fill('https://nfs.example.com/ova');
    await create(page);
    await expect(page.getByText('Enter an NFS share as host:/path')).toBeVisible();
    await page.getByRole('textbox', { name: 'NFS share' }).fill('nfs.example.com:/exports/ova');
    await create(page);
    await expect(ready(page)).toBeVisible({ timeout: 30_000 });

    // All five Ready in the list.
    await page.goto(`/k8s/ns/${NS}/forklift.konveyor.io~v1beta1~Provider`);
    for (const name of Object.values(names)) {
      await expect(page.getByTestId(`provider-row-${name}`)).toContainText('Ready', { timeout: 30_000 });
    }
    // What was written, as kubectl sees it.
    const provider = getJson(baseURL!, ['get', 'provider', names.vsphere, '-n', NS]);
    expect(provider.spec.settings).toEqual({
      sdkEndpoint: 'vcenter',
      vddkInitImage: 'quay.io/example/vddk:8.0.3',
      useVddkAioOptimization: 'true',
      vddkConfig: 'VixDiskLib.nfcAio.Session.BufCount=8',
    });
    const secret = getJson(baseURL!, ['get', 'secret', provider.spec.secret.name, '-n', NS]);
    expect(secret.metadata.labels).toEqual({ createdForResourceType: 'providers', createdForProviderType: 'vsphere' });
    expect(secret.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'Provider', name: names.vsphere, uid: provider.metadata.uid })]);
    expect(Buffer.from(secret.data['ca.crt'], 'base64').toString()).toContain('BEGIN CERTIFICATE');
    expect(Buffer.from(secret.data.password, 'base64').toString()).toBe('Secr3t!');
    expect(getJson(baseURL!, ['get', 'provider', names.openshift, '-n', NS]).spec.secret).toBeUndefined();
  });

  test('a wrong password and an unreachable host show their reason and are fixed by editing', async ({ page }) => {
    // Several providers created and judged by the controller in one page: more than the default minute on a busy 2-core machine.
    test.setTimeout(180_000);
    const wrong = unique('e2e-wrongpw');
    await page.goto(NEW);
    await pickType(page, 'VMware vSphere');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(wrong);
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${wrong}.example.com/sdk`);
    await page.getByRole('textbox', { name: 'Username' }).fill('administrator@vsphere.local');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('wrong');
    await page.getByRole('radio', { name: 'Skip certificate verification' }).check();
    await create(page);
    await expect(status(page)).toContainText('Authentication failed', { timeout: 30_000 });
    await status(page).getByRole('link', { name: 'Fix it: edit the provider' }).click();
    await expect(page.getByRole('heading', { name: `Edit provider ${wrong}` })).toBeVisible();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Secr3t!');
    await page.getByRole('button', { name: 'Show YAML and command' }).click();
    await expect(page.getByRole('region', { name: 'kubectl mtv command' })).toContainText(`kubectl mtv patch provider ${wrong}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(ready(page)).toBeVisible({ timeout: 30_000 });

    const down = unique('e2e-down');
    await page.goto(NEW);
    await pickType(page, 'Red Hat Virtualization');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(down);
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${down}.unreachable.example.com/ovirt-engine/api`);
    await page.getByRole('textbox', { name: 'Username' }).fill('admin@internal');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Secr3t!');
    // The certificate cannot be fetched either: the reason is shown.
    await page.getByRole('button', { name: 'Fetch certificate from the endpoint' }).click();
    await expect(page.getByText('The certificate could not be fetched')).toBeVisible();
    await expect(page.getByText(/no such host/).first()).toBeVisible();
    await page.getByRole('radio', { name: 'Skip certificate verification' }).check();
    await create(page);
    await expect(status(page)).toContainText('no such host', { timeout: 30_000 });
    await status(page).getByRole('link', { name: 'Fix it: edit the provider' }).click();
    await page.getByRole('textbox', { name: 'URL' }).fill(`https://${down}.example.com/ovirt-engine/api`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(ready(page)).toBeVisible({ timeout: 30_000 });
  });

  test('a failed create removes the Secret it wrote and keeps the form', async ({ page, baseURL }) => {
    const name = unique('e2e-denied');
    // The API refuses the Provider (as RBAC would) after the Secret was created.
    await page.route(`**/api/kubernetes/apis/forklift.konveyor.io/v1beta1/namespaces/${NS}/providers`, (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 403,
            contentType: 'application/json',
            body: JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'Forbidden', code: 403, message: `providers.forklift.konveyor.io is forbidden: User "e2e" cannot create resource "providers" in the namespace "${NS}"` }),
          })
        : route.fallback(),
    );
    await page.goto(NEW);
    await pickType(page, 'Open Virtual Appliance (OVA)');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(name);
    await page.getByRole('textbox', { name: 'NFS share' }).fill('nfs.example.com:/exports/ova');
    await create(page);
    const alert = page.getByText(`Creating Provider ${name} failed`);
    await expect(alert).toBeVisible();
    await expect(page.getByText(/403 Forbidden: providers.forklift.konveyor.io is forbidden/)).toBeVisible();
    await expect(page.getByText(/Removed again: Secret/)).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Provider name' })).toHaveValue(name);
    await expect(page.getByRole('textbox', { name: 'NFS share' })).toHaveValue('nfs.example.com:/exports/ova');
    expect(secretsFor(baseURL!, name)).toEqual([]);
  });

  test('details tabs, and delete names the plans and maps that still use the provider', async ({ page, baseURL }) => {
    const name = unique('e2e-del');
    await page.goto(NEW);
    await pickType(page, 'Open Virtual Appliance (OVA)');
    await page.getByRole('textbox', { name: 'Provider name' }).fill(name);
    await page.getByRole('textbox', { name: 'NFS share' }).fill('nfs.example.com:/exports/ova');
    await create(page);
    await expect(status(page)).toBeVisible();
    const map = `${name}-net`;
    const plan = `${name}-plan`;
    kubectl(baseURL!, ['apply', '-f', '-'], `
apiVersion: forklift.konveyor.io/v1beta1
kind: NetworkMap
metadata:
  name: ${map}
  namespace: ${NS}
spec:
  provider:
    source: {name: ${name}, namespace: ${NS}}
    destination: {name: host, namespace: ${NS}}
  map:
    - source: {name: VM Network}
      destination: {type: pod}
---
apiVersion: forklift.konveyor.io/v1beta1
kind: Plan
metadata:
  name: ${plan}
  namespace: ${NS}
spec:
  targetNamespace: demo-migrations
  provider:
    source: {name: ${name}, namespace: ${NS}}
    destination: {name: host, namespace: ${NS}}
  map:
    network: {name: ${map}, namespace: ${NS}}
    storage: {name: ${map}-missing, namespace: ${NS}}
  vms: []
`);
    try {
      expect(secretsFor(baseURL!, name)).toHaveLength(1);
      await status(page).getByRole('link', { name: 'View provider details' }).click();
      await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
      await page.getByRole('tab', { name: 'Credentials' }).click();
      await expect(page.getByLabel('Credentials', { exact: true })).toContainText('********');
      // PatternFly's switch input sits under its drawn toggle: a person clicks the switch's label.
      await page.getByText('Show values', { exact: true }).click();
      await expect(page.getByRole('switch', { name: 'Show values' })).toBeChecked();
      await expect(page.getByLabel('Credentials', { exact: true })).toContainText('nfs.example.com:/exports/ova');
      await page.getByRole('tab', { name: 'Plans and maps' }).click();
      await expect(page.getByRole('list', { name: `Plans and maps using ${name}` })).toContainText(map);
      await expect(page.getByRole('list', { name: `Plans and maps using ${name}` })).toContainText(plan);
      await expect(page.getByRole('link', { name: 'Create network map' })).toHaveAttribute('href', new RegExp(`NetworkMap/~new\\?sourceProvider=${name}$`));

      await page.getByRole('button', { name: 'Delete provider' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText(`Delete provider ${name}?`);
      await expect(dialog.getByRole('list', { name: `Plans and maps using ${name}` })).toContainText(map);
      await expect(dialog.getByRole('list', { name: `Plans and maps using ${name}` })).toContainText(plan);
      await dialog.getByRole('button', { name: 'Delete' }).click();
      await expect(page.getByRole('heading', { name: 'Providers', level: 1 })).toBeVisible();
      await expect(page.getByTestId(`provider-row-${name}`)).toHaveCount(0);
      expect(() => kubectl(baseURL!, ['get', 'provider', name, '-n', NS])).toThrow(/NotFound/);
      expect(secretsFor(baseURL!, name)).toEqual([]);
    } finally {
      kubectl(baseURL!, ['delete', 'plan', plan, '-n', NS, '--ignore-not-found']);
      kubectl(baseURL!, ['delete', 'networkmap', map, '-n', NS, '--ignore-not-found']);
    }
  });
});

/**
 * Checks the simulated cluster with the real kubectl (npm run test:kubectl):
 * starts the sim server in-process on a free port, then apply / get / watch /
 * patch (merge and JSON) / delete through /usr/bin/kubectl. Prints each step;
 * exits non-zero with kubectl's stderr on the first failure.
 *
 *   npx tsx scripts/kubectl-check.ts [--core-only] [--kubectl /path/to/kubectl]
 * --core-only serves only the Kubernetes API core (no inventory, controller or seed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const NS = 'kubectl-check';

const PROVIDER_YAML = `apiVersion: forklift.konveyor.io/v1beta1
kind: Provider
metadata:
  name: check-vsphere
  namespace: ${NS}
  labels:
    purpose: kubectl-check
spec:
  type: vsphere
  url: https://vcenter.example.com/sdk
  secret: {name: check-vsphere-creds, namespace: ${NS}}
  settings:
    sdkEndpoint: vcenter
`;

const PLAN_YAML = `apiVersion: forklift.konveyor.io/v1beta1
kind: Plan
metadata:
  name: check-plan
  namespace: ${NS}
spec:
  type: cold
  targetNamespace: ${NS}
  provider:
    source: {name: check-vsphere, namespace: ${NS}}
    destination: {name: host, namespace: ${NS}}
  map:
    network: {name: check-netmap, namespace: ${NS}}
    storage: {name: check-storagemap, namespace: ${NS}}
  vms:
    - id: vm-101
      name: web-01
`;

const BAD_PLAN_YAML = PLAN_YAML.replace('name: check-plan', 'name: check-plan-bad').replace('  type: cold', '  type: cold\n  colour: blue');

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

class CheckFailed extends Error {}

/** kubectl's JSON output, read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'core-only': { type: 'boolean' }, kubectl: { type: 'string' } } });
  const kubectlPath = values.kubectl ?? '/usr/bin/kubectl';
  const dir = mkdtempSync(join(tmpdir(), 'kubectl-check-'));
  const server = await startServer(Boolean(values['core-only']));
  const background: ChildProcess[] = [];
  console.log(`sim server on ${server.url}${values['core-only'] ? ' (API core only)' : ''}`);

  const kubeconfig = join(dir, 'config');
  writeFileSync(
    kubeconfig,
    `apiVersion: v1
kind: Config
clusters: [{name: sim, cluster: {server: "${server.url}"}}]
users: [{name: sim, user: {token: sim-token}}]
contexts: [{name: sim, context: {cluster: sim, user: sim, namespace: ${NS}}}]
current-context: sim
`,
  );
  // A private kubeconfig and discovery cache: nothing from the user's ~/.kube leaks in or out.
  const env = { ...process.env, KUBECONFIG: kubeconfig, HOME: dir };
  const baseArgs = ['--cache-dir', join(dir, 'cache'), '--request-timeout', '10s'];

  const kubectl = (args: string[], stdin?: string): Promise<Result> =>
    new Promise((resolve, reject) => {
      const child = spawn(kubectlPath, [...baseArgs, ...args], { env });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });

  let stepNo = 0;
  const step = async (title: string, run: () => Promise<void>) => {
    stepNo++;
    process.stdout.write(`${String(stepNo).padStart(2)}. ${title} ... `);
    await run();
    process.stdout.write('ok\n');
  };
  const ok = async (args: string[], stdin?: string): Promise<Result> => {
    const result = await kubectl(args, stdin);
    if (result.code !== 0) throw new CheckFailed(`kubectl ${args.join(' ')} exited ${result.code}\n${result.stderr}${result.stdout}`);
    return result;
  };
  const expect = (condition: boolean, message: string, result?: Result) => {
    if (!condition) throw new CheckFailed(`${message}${result ? `\nstdout: ${result.stdout}\nstderr: ${result.stderr}` : ''}`);
  };
  const getJson = async (kind: string, name: string) => JSON.parse((await ok(['get', kind, name, '-o', 'json'])).stdout) as Json;

  try {
    await step('kubectl version reaches the server', async () => {
      const r = await ok(['version', '-o', 'json']);
      expect(JSON.parse(r.stdout).serverVersion?.major === '1', 'no server version', r);
    });
    // `create namespace` and `create secret` post protobuf bodies (typed clients); apply posts JSON.
    await step(`create namespace ${NS}`, async () => {
      await ok(['create', 'namespace', NS]);
    });
    await step('create secret generic (provider credentials)', async () => {
      await ok(['create', 'secret', 'generic', 'check-vsphere-creds', '--from-literal=user=admin', '--from-literal=password=secret']);
      const s = await getJson('secret', 'check-vsphere-creds');
      expect(s.data?.user === 'YWRtaW4=' && s.type === 'Opaque', `wrong secret: ${JSON.stringify(s)}`);
    });
    await step('apply -f Provider', async () => {
      const r = await ok(['apply', '-f', '-'], PROVIDER_YAML);
      expect(/provider.forklift.konveyor.io\/check-vsphere created/.test(r.stdout), 'unexpected apply output', r);
    });
    await step('apply -f Plan', async () => {
      const r = await ok(['apply', '-f', '-'], PLAN_YAML);
      expect(/plan.forklift.konveyor.io\/check-plan created/.test(r.stdout), 'unexpected apply output', r);
    });
    await step('apply again is "unchanged"', async () => {
      const r = await ok(['apply', '-f', '-'], PLAN_YAML);
      expect(/unchanged/.test(r.stdout), 'second apply should change nothing', r);
    });
    await step('apply with an unknown field is rejected (strict validation)', async () => {
      const r = await kubectl(['apply', '-f', '-'], BAD_PLAN_YAML);
      expect(r.code !== 0 && /unknown field "spec.colour"/.test(r.stderr), 'expected a strict decoding error', r);
    });
    await step('get provider -o json', async () => {
      const p = await getJson('provider', 'check-vsphere');
      expect(p.spec?.type === 'vsphere' && p.spec?.url === 'https://vcenter.example.com/sdk', `wrong provider spec: ${JSON.stringify(p.spec)}`);
      expect(Boolean(p.metadata?.uid && p.metadata?.creationTimestamp && p.metadata?.resourceVersion), 'missing server-set metadata');
    });
    await step('get plan -o json', async () => {
      const p = await getJson('plan', 'check-plan');
      expect(p.spec?.targetNamespace === NS && p.spec?.vms?.[0]?.id === 'vm-101', `wrong plan spec: ${JSON.stringify(p.spec)}`);
    });
    await step('get plans lists it with an age', async () => {
      const r = await ok(['get', 'plans']);
      expect(/check-plan/.test(r.stdout) && !/<unknown>/.test(r.stdout), 'plan missing from table', r);
    });
    await step('get the target-side kinds a migration creates (events, dv, pvc, pods, vms)', async () => {
      // kubectl exits non-zero on a kind discovery does not serve; the running demo plans have emitted events.
      const r = await ok(['get', 'events,datavolumes,persistentvolumeclaims,pods,virtualmachines', '-A', '-o', 'name']);
      expect(/^event\//m.test(r.stdout), 'no events listed', r);
    });
    await step('get providers -A -l purpose=kubectl-check', async () => {
      const r = await ok(['get', 'providers', '-A', '-l', 'purpose=kubectl-check', '-o', 'name']);
      expect(r.stdout.trim() === 'provider.forklift.konveyor.io/check-vsphere', 'label selector did not select', r);
    });

    let watchOut = '';
    let watchErr = '';
    await step('get plans -w in the background', async () => {
      const watcher = spawn(kubectlPath, [...baseArgs.slice(0, 2), 'get', 'plans', '-w', '--output-watch-events', '-o', 'json'], { env });
      background.push(watcher);
      watcher.stdout.on('data', (d) => (watchOut += d));
      watcher.stderr.on('data', (d) => (watchErr += d));
      await waitFor(() => watchOut.includes('check-plan'), 10_000, () => `watch never listed the plan\nstderr: ${watchErr}`);
    });
    await step('patch --type=merge is seen by the watch', async () => {
      await ok(['patch', 'plan', 'check-plan', '--type=merge', '-p', '{"spec":{"description":"patched by kubectl-check"}}']);
      await waitFor(() => watchOut.includes('patched by kubectl-check'), 10_000, () => `watch did not see the merge patch\nstdout: ${watchOut}\nstderr: ${watchErr}`);
    });
    await step('patch --type=json', async () => {
      await ok(['patch', 'plan', 'check-plan', '--type=json', '-p', '[{"op":"replace","path":"/spec/vms/0/name","value":"web-02"},{"op":"add","path":"/spec/targetPowerState","value":"on"}]']);
      const p = await getJson('plan', 'check-plan');
      expect(p.spec?.vms?.[0]?.name === 'web-02' && p.spec?.targetPowerState === 'on', `json patch not applied: ${JSON.stringify(p.spec)}`);
      expect(p.metadata?.generation >= 3, `generation not bumped: ${p.metadata?.generation}`);
    });
    await step('patch with an invalid enum is rejected with 422', async () => {
      const r = await kubectl(['patch', 'plan', 'check-plan', '--type=merge', '-p', '{"spec":{"type":"hot"}}']);
      expect(r.code !== 0 && /Unsupported value: "hot"/.test(r.stderr), 'expected an Invalid error', r);
    });
    await step('delete plan', async () => {
      const r = await ok(['delete', 'plan', 'check-plan']);
      expect(/deleted/.test(r.stdout), 'unexpected delete output', r);
      await waitFor(() => /"type":\s*"DELETED"/.test(watchOut), 10_000, () => `watch did not see DELETED\nstdout: ${watchOut}`);
    });
    await step('plan is gone (NotFound)', async () => {
      const r = await kubectl(['get', 'plan', 'check-plan']);
      expect(r.code !== 0 && /NotFound|not found/.test(r.stderr), 'plan still there', r);
    });
    await step('delete namespace cascades to the provider', async () => {
      await ok(['delete', 'namespace', NS]);
      const r = await kubectl(['get', 'provider', 'check-vsphere']);
      expect(r.code !== 0 && /not found/.test(r.stderr), 'provider survived its namespace', r);
    });
    console.log('kubectl check passed');
  } catch (error) {
    process.stdout.write('FAILED\n');
    console.error(error instanceof CheckFailed ? error.message : error);
    process.exitCode = 1;
  } finally {
    for (const child of background) child.kill();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, message: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new CheckFailed(message());
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function startServer(coreOnly: boolean): Promise<{ url: string; close(): Promise<void> }> {
  if (coreOnly) {
    const { createKubeApi } = await import('../mocks/core/index');
    const { startHttpServer } = await import('../mocks/server/http-server');
    return startHttpServer(createKubeApi().handle, { port: 0 });
  }
  // Imported lazily so --core-only works even while the rest of the simulator is being built.
  const { startSimServer } = await import('../mocks/server/index');
  return startSimServer({ port: 0, world: true });
}

void main();

/**
 * `npm run check:deploy`: checks what can be checked of the deployment here
 * (no cluster, no Docker engine):
 * - deploy/plugin.yaml parses, and the Service, Deployment, ConsolePlugin,
 *   nginx.conf and Dockerfile agree on names, the port (9443) and the
 *   serving-certificate secret;
 * - `nginx -t` accepts deploy/nginx.conf (Debian's nginx, with a throwaway
 *   self-signed certificate in place of the service-ca one).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const pluginName: string = pkg.consolePlugin.name;
const PORT = 9443;
const failures: string[] = [];
const expect = (ok: boolean, message: string) => {
  if (!ok) failures.push(message);
};

// The manifests are read as plain data; each check names the fields it needs.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = { kind: string; metadata: { name: string; namespace?: string; annotations?: Record<string, string> }; spec: any };
const docs = parseAllDocuments(fs.readFileSync(path.join(root, 'deploy/plugin.yaml'), 'utf8')).map((d) => {
  if (d.errors.length) throw new Error(`deploy/plugin.yaml: ${d.errors[0].message}`);
  return d.toJS() as Doc;
});
const byKind = (kind: string) => docs.find((d) => d.kind === kind);
const service = byKind('Service');
const deployment = byKind('Deployment');
const consolePlugin = byKind('ConsolePlugin');
expect(!!service && !!deployment && !!consolePlugin, 'deploy/plugin.yaml must hold a Service, a Deployment and a ConsolePlugin');

if (service && deployment && consolePlugin) {
  expect(consolePlugin.metadata.name === pluginName, `ConsolePlugin name ${consolePlugin.metadata.name} != package.json consolePlugin.name ${pluginName}`);
  const backend = consolePlugin.spec.backend.service;
  expect(backend.name === service.metadata.name, 'ConsolePlugin backend names the Service');
  expect(backend.namespace === service.metadata.namespace, 'ConsolePlugin backend namespace = Service namespace');
  expect(backend.port === PORT, `ConsolePlugin backend port is ${PORT}`);
  expect(service.spec.ports.some((p: { port: number; targetPort: number }) => p.port === PORT && p.targetPort === PORT), `Service exposes ${PORT}`);
  const labels = deployment.spec.template.metadata.labels;
  expect(Object.entries(service.spec.selector).every(([k, v]) => labels[k] === v), 'Service selector matches the pod labels');
  const container = deployment.spec.template.spec.containers[0];
  expect(container.ports.some((p: { containerPort: number }) => p.containerPort === PORT), `container port ${PORT}`);
  const certSecret = service.metadata.annotations?.['service.beta.openshift.io/serving-cert-secret-name'];
  const volume = deployment.spec.template.spec.volumes.find((v: { secret?: { secretName: string } }) => v.secret?.secretName === certSecret);
  expect(!!certSecret && !!volume, 'the Deployment mounts the serving-cert secret the Service annotation names');
  const mount = container.volumeMounts.find((m: { name: string }) => m.name === volume?.name);
  expect(mount?.mountPath === '/var/cert', 'the certificate is mounted at /var/cert, where nginx.conf reads it');
  const proxy = consolePlugin.spec.proxy?.find((p: { alias: string }) => p.alias === 'forklift-inventory');
  expect(proxy?.authorization === 'UserToken', 'the forklift-inventory proxy passes the user token');
  const services = consolePlugin.spec.proxy?.find((p: { alias: string }) => p.alias === 'forklift-services');
  expect(services?.authorization === 'UserToken', 'the forklift-services proxy (endpoint certificates) passes the user token');
  expect(consolePlugin.spec.i18n?.loadType === 'Preload', 'i18n loadType Preload');
}

const nginxConf = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
expect(nginxConf.includes(`listen ${PORT} ssl`), `nginx.conf listens on ${PORT} with TLS`);
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');
expect(dockerfile.includes(`EXPOSE ${PORT}`) && dockerfile.includes('deploy/nginx.conf'), 'Dockerfile exposes 9443 and uses deploy/nginx.conf');

// nginx -t with a throwaway certificate and writable temp paths.
const nginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => fs.existsSync(p));
if (!nginx) {
  failures.push('nginx is not installed (apt-get install -y nginx-light): cannot check deploy/nginx.conf');
} else {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nginx-check-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost',
    '-keyout', path.join(tmp, 'tls.key'), '-out', path.join(tmp, 'tls.crt')], { stdio: 'ignore' });
  // Node's child stdio is a socket, which nginx cannot open as /dev/stderr.
  const conf = nginxConf
    .replaceAll('/tmp/', `${tmp}/`)
    .replaceAll('/var/cert/', `${tmp}/`)
    .replaceAll('/dev/stderr', `${tmp}/error.log`)
    .replaceAll('/dev/stdout', `${tmp}/access.log`);
  fs.writeFileSync(path.join(tmp, 'nginx.conf'), conf);
  try {
    execFileSync(nginx, ['-t', '-p', tmp, '-c', path.join(tmp, 'nginx.conf')], { stdio: 'pipe' });
  } catch (error) {
    failures.push(`nginx -t rejected deploy/nginx.conf:\n${String((error as { stderr?: Buffer }).stderr ?? error)}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`deploy check: ${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('deploy check: manifests consistent (9443, names, serving cert, inventory and services proxies); nginx -t ok');

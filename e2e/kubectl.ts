/**
 * Runs the real /usr/bin/kubectl against the simulated cluster through the
 * host's /api/kubernetes proxy, as a person at a terminal would next to the
 * browser.
 */
import { execFileSync } from 'node:child_process';

export const kubectl = (baseURL: string, args: string[], input?: string): string =>
  execFileSync('/usr/bin/kubectl', ['--server', `${baseURL}/api/kubernetes`, '--insecure-skip-tls-verify', ...args], {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, KUBECONFIG: '/dev/null' },
  });

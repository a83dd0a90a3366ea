/**
 * What the simulated controller reads from the ForkliftController spec. A real
 * Forklift operator turns the spec into the controller's environment
 * (MAX_VM_INFLIGHT, PRECOPY_INTERVAL) and restarts it; the simulation reads the
 * spec on every tick, so a saved setting takes effect at the next tick.
 */
import type { ObjectStore } from '../core/contract';
import { RES } from './resources';

/** Upstream operator defaults (operator/roles/forkliftcontroller/defaults/main.yml). */
export const UPSTREAM_MAX_VM_INFLIGHT = 20;
export const UPSTREAM_PRECOPY_INTERVAL_MINUTES = 60;

export interface ControllerLimits {
  /** VMs of one plan migrating at the same time. */
  maxInFlight: number;
  /** Simulated ms between warm precopies. */
  precopyIntervalMs: number;
}

/** A spec value as the operator reads it: numbers or numeric strings, anything else means unset. */
function positiveInt(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * The limits in force. Without any ForkliftController (unit-test worlds) the
 * controller's own options apply; with one, an unset key means the upstream
 * default, as on a real cluster.
 */
export function controllerLimits(store: ObjectStore, fallback: ControllerLimits): ControllerLimits {
  const controller = store.list(RES.forkliftControllers)[0];
  if (!controller) return fallback;
  const spec = controller.spec ?? {};
  const minutes = positiveInt(spec.controller_precopy_interval) ?? UPSTREAM_PRECOPY_INTERVAL_MINUTES;
  return {
    maxInFlight: positiveInt(spec.controller_max_vm_inflight) ?? UPSTREAM_MAX_VM_INFLIGHT,
    precopyIntervalMs: minutes * 60_000,
  };
}

/** Upstream defaults of the hook runner's container resources (`hooks_container_*`). */
const HOOK_RESOURCE_DEFAULTS = { requests: { cpu: '100m', memory: '150Mi' }, limits: { cpu: '1000m', memory: '1Gi' } };

/**
 * The hook container's resources as the controller would set them: the ForkliftController's
 * `hooks_container_{requests,limits}_{cpu,memory}`, else upstream's defaults.
 */
export function hookResources(store: ObjectStore): typeof HOOK_RESOURCE_DEFAULTS {
  const spec = store.list(RES.forkliftControllers)[0]?.spec ?? {};
  const pick = (key: string, fallback: string) => (typeof spec[key] === 'string' && String(spec[key]).trim() ? String(spec[key]).trim() : fallback);
  return {
    requests: { cpu: pick('hooks_container_requests_cpu', HOOK_RESOURCE_DEFAULTS.requests.cpu), memory: pick('hooks_container_requests_memory', HOOK_RESOURCE_DEFAULTS.requests.memory) },
    limits: { cpu: pick('hooks_container_limits_cpu', HOOK_RESOURCE_DEFAULTS.limits.cpu), memory: pick('hooks_container_limits_memory', HOOK_RESOURCE_DEFAULTS.limits.memory) },
  };
}

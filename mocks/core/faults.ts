/**
 * Fault injection for the simulated cluster: latency, error rates per verb,
 * dropped watches and denied access reviews. Tests switch faults on
 * programmatically or over HTTP (`/sim/faults`, see sim-routes.ts).
 */
import { makeStatus, reasonForCode, StatusError } from './status';

export const FAULT_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] as const;
export type FaultVerb = (typeof FAULT_VERBS)[number];

export interface ErrorFault {
  /** Probability 0..1 that a request with this verb fails. */
  rate: number;
  /** HTTP code of the injected failure (default 500). */
  code?: number;
}

/** A SelfSubjectAccessReview matching every given field is answered `allowed: false`. */
export interface AccessDenial {
  verb?: string;
  group?: string;
  resource?: string;
  namespace?: string;
  name?: string;
}

export interface FaultConfig {
  /**
   * Delay before answering; with `bytesPerSecond` the body then also trickles
   * out at that rate (a slow link: what a progress bar is for).
   */
  latency?: { ms: number; jitterMs?: number; bytesPerSecond?: number };
  errors?: Partial<Record<FaultVerb, ErrorFault>>;
  /** Every watch is closed by the server after sending this many events. */
  dropWatchesAfterEvents?: number;
  /** Also delay / fail inventory requests (their verb is `get` or `list`). */
  inventory?: boolean;
  denyAccess?: AccessDenial[];
  /** A Forklift component (deployment name, e.g. `forklift-validation`) whose pod crash-loops until cleared. */
  crashLoop?: { component: string };
}

export interface WatchRegistration {
  /** Count one sent event; returns true when the watch must now be closed. */
  countEvent(): boolean;
  unregister(): void;
}

/** A body that trickles out at `bytesPerSecond` (in ten slices a second). */
export function throttledBody(body: ReadableStream<Uint8Array>, bytesPerSecond: number): ReadableStream<Uint8Array> {
  const slice = Math.max(1, Math.round(bytesPerSecond / 10));
  const reader = body.getReader();
  let pending: Uint8Array | undefined;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!pending || pending.length === 0) {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        pending = value;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      controller.enqueue(pending.subarray(0, slice));
      pending = pending.subarray(slice);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

export class FaultInjector {
  private current: FaultConfig = {};
  private readonly watches = new Set<() => void>();

  constructor(private readonly random: () => number = Math.random) {}

  get config(): FaultConfig {
    return structuredClone(this.current);
  }

  /** Replaces the whole configuration (after checking it). */
  set(config: FaultConfig): void {
    this.current = normalizeFaultConfig(config);
  }

  /** Merges into the current configuration. */
  update(partial: FaultConfig): void {
    const merged = { ...this.current, ...partial, errors: { ...this.current.errors, ...partial.errors } };
    this.current = normalizeFaultConfig(merged);
  }

  clear(): void {
    this.current = {};
  }

  /** Closes every active watch now (clients see the stream end, as on an API server restart). */
  dropWatches(): number {
    const closers = [...this.watches];
    this.watches.clear();
    for (const close of closers) close();
    return closers.length;
  }

  activeWatches(): number {
    return this.watches.size;
  }

  registerWatch(close: () => void): WatchRegistration {
    this.watches.add(close);
    let sent = 0;
    return {
      countEvent: () => {
        sent++;
        const limit = this.current.dropWatchesAfterEvents;
        return limit !== undefined && limit > 0 && sent >= limit;
      },
      unregister: () => {
        this.watches.delete(close);
      },
    };
  }

  /** The injected failure for this verb, if the dice say so. */
  failure(verb: FaultVerb): StatusError | undefined {
    const fault = this.current.errors?.[verb];
    if (!fault || fault.rate <= 0 || this.random() >= fault.rate) return undefined;
    const code = fault.code ?? 500;
    return new StatusError(makeStatus(code, reasonForCode(code), `injected fault: ${verb} failed with ${code}`));
  }

  latencyMs(): number {
    const latency = this.current.latency;
    if (!latency || latency.ms <= 0) return 0;
    const jitter = latency.jitterMs ?? 0;
    return Math.max(0, latency.ms + (jitter ? (this.random() * 2 - 1) * jitter : 0));
  }

  /** The body rate of the latency fault, if it has one. */
  bytesPerSecond(): number | undefined {
    const rate = this.current.latency?.bytesPerSecond;
    return rate && rate > 0 ? rate : undefined;
  }

  async delay(): Promise<void> {
    const ms = this.latencyMs();
    if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
  }

  appliesToInventory(): boolean {
    return this.current.inventory === true;
  }

  isDenied(review: AccessDenial): boolean {
    return (this.current.denyAccess ?? []).some((rule) =>
      (Object.keys(rule) as (keyof AccessDenial)[]).every((k) => rule[k] === undefined || rule[k] === (review[k] ?? '')),
    );
  }
}

/** Checks a configuration that came over HTTP; throws a readable Error on nonsense. */
export function normalizeFaultConfig(input: unknown): FaultConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error('fault config must be an object');
  const raw = input as Record<string, unknown>;
  const out: FaultConfig = {};
  const known = new Set(['latency', 'errors', 'dropWatchesAfterEvents', 'inventory', 'denyAccess', 'crashLoop']);
  for (const key of Object.keys(raw)) if (!known.has(key)) throw new Error(`unknown fault "${key}"`);
  if (raw.latency !== undefined) {
    const l = raw.latency as Record<string, unknown>;
    if (typeof l?.ms !== 'number' || l.ms < 0) throw new Error('latency.ms must be a number >= 0');
    if (l.jitterMs !== undefined && (typeof l.jitterMs !== 'number' || l.jitterMs < 0)) throw new Error('latency.jitterMs must be a number >= 0');
    if (l.bytesPerSecond !== undefined && (typeof l.bytesPerSecond !== 'number' || l.bytesPerSecond <= 0)) throw new Error('latency.bytesPerSecond must be a number > 0');
    out.latency = {
      ms: l.ms,
      ...(l.jitterMs !== undefined ? { jitterMs: l.jitterMs as number } : {}),
      ...(l.bytesPerSecond !== undefined ? { bytesPerSecond: l.bytesPerSecond as number } : {}),
    };
  }
  if (raw.errors !== undefined) {
    out.errors = {};
    for (const [verb, value] of Object.entries(raw.errors as Record<string, unknown>)) {
      if (!(FAULT_VERBS as readonly string[]).includes(verb)) throw new Error(`unknown verb "${verb}" (one of ${FAULT_VERBS.join(', ')})`);
      if (value === undefined || value === null) continue;
      const f = value as Record<string, unknown>;
      if (typeof f.rate !== 'number' || f.rate < 0 || f.rate > 1) throw new Error(`errors.${verb}.rate must be between 0 and 1`);
      if (f.code !== undefined && (typeof f.code !== 'number' || f.code < 400 || f.code > 599)) throw new Error(`errors.${verb}.code must be an HTTP error code`);
      out.errors[verb as FaultVerb] = { rate: f.rate, ...(f.code !== undefined ? { code: f.code as number } : {}) };
    }
  }
  if (raw.dropWatchesAfterEvents !== undefined) {
    if (typeof raw.dropWatchesAfterEvents !== 'number' || raw.dropWatchesAfterEvents < 1) throw new Error('dropWatchesAfterEvents must be a number >= 1');
    out.dropWatchesAfterEvents = raw.dropWatchesAfterEvents;
  }
  if (raw.inventory !== undefined) out.inventory = Boolean(raw.inventory);
  if (raw.denyAccess !== undefined) {
    if (!Array.isArray(raw.denyAccess)) throw new Error('denyAccess must be an array');
    out.denyAccess = raw.denyAccess as AccessDenial[];
  }
  if (raw.crashLoop !== undefined && raw.crashLoop !== null) {
    const component = (raw.crashLoop as { component?: unknown }).component;
    if (typeof component !== 'string' || !/^[a-z0-9-]+$/.test(component)) throw new Error('crashLoop.component must be a deployment name such as "forklift-validation"');
    out.crashLoop = { component };
  }
  return out;
}

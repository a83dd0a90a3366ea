/**
 * The command-line options the simulated cluster takes, shared by
 * `npm run sim` (mocks/server/cli.ts) and `npm start` (scripts/start.ts),
 * which starts the same simulator in-process.
 */
export const SIM_ARG_OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  seed: { type: 'string' },
  vms: { type: 'string' },
  'clock-speed': { type: 'string' },
} as const;

/** A non-negative number option, with a message that names the flag. */
export function numberOption(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number >= 0, got "${value}"`);
  return n;
}

export interface SimArgs {
  port: number;
  host: string;
  seed: number;
  vms: number;
  clockSpeed: number;
}

export const simArgs = (values: Partial<Record<keyof typeof SIM_ARG_OPTIONS, string>>, defaultPort: number): SimArgs => ({
  port: numberOption(values.port, 'port', defaultPort),
  host: values.host ?? '127.0.0.1',
  seed: numberOption(values.seed, 'seed', 1),
  vms: numberOption(values.vms, 'vms', 50),
  clockSpeed: numberOption(values['clock-speed'], 'clock-speed', 1),
});

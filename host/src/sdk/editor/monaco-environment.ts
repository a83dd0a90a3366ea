/**
 * Where Monaco finds its web workers. The page-wide `self.MonacoEnvironment`
 * belongs to whoever set it first: inside the OpenShift console that is the
 * console (its YAML worker), so the host only fills it in when nobody has,
 * never overwriting an existing one.
 */
export interface MonacoEnvironmentLike {
  getWorker?: (workerId: string, label: string) => Worker;
  getWorkerUrl?: (workerId: string, label: string) => string;
}

type Scope = { MonacoEnvironment?: MonacoEnvironmentLike };

/** Returns true when it installed `environment`, false when one was already there. */
export const ensureMonacoEnvironment = (environment: MonacoEnvironmentLike, scope: Scope = self as unknown as Scope): boolean => {
  if (scope.MonacoEnvironment !== undefined) return false;
  scope.MonacoEnvironment = environment;
  return true;
};

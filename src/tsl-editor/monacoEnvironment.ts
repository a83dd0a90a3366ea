/**
 * Monaco's webpack set-up assigns the page-wide `self.MonacoEnvironment`
 * (where to find its workers) when the editor chunk first runs. Inside the
 * OpenShift console that global belongs to the console's own Monaco (its YAML
 * editor needs its YAML worker), so overwriting it would break the console's
 * editors for the rest of the session. Our TSL editor needs no worker (the
 * language features run on the page, and the editor options that would ask
 * the worker are off), so when an environment already exists we put it back.
 * In the standalone host there is none, and ours stays.
 */
type Scope = { MonacoEnvironment?: unknown };

export const preservingMonacoEnvironment = async <T,>(load: () => Promise<T>, scope: Scope = self as unknown as Scope): Promise<T> => {
  const before = scope.MonacoEnvironment;
  const loaded = await load();
  if (before !== undefined) scope.MonacoEnvironment = before;
  return loaded;
};

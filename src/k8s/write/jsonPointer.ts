/** JSON Pointer escaping for a map key used in a patch path (`a/b` → `a~1b`, `ca.crt` unchanged). */
export const pointerKey = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

const unescape = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * Applies add/replace/remove operations to a copy of `doc` (what the server
 * will hold after a JSON patch), for previews. Other operations are ignored.
 */
export const applyJsonPatch = <T,>(doc: T, ops: readonly { op: string; path: string; value?: unknown }[]): T => {
  const root = structuredClone(doc) as unknown as Record<string, unknown>;
  for (const { op, path, value } of ops) {
    const tokens = path.split('/').slice(1).map(unescape);
    const last = tokens.pop();
    if (last === undefined) continue;
    let node: Record<string, unknown> | unknown[] = root;
    for (const token of tokens) {
      const next = (node as Record<string, unknown>)[token];
      if (next === undefined || next === null || typeof next !== 'object') (node as Record<string, unknown>)[token] = {};
      node = (node as Record<string, unknown>)[token] as Record<string, unknown>;
    }
    if (Array.isArray(node)) {
      if (op === 'remove') node.splice(Number(last), 1);
      else if (last === '-') node.push(value);
      else if (op === 'add') node.splice(Number(last), 0, value);
      else node[Number(last)] = value;
    } else if (op === 'remove') delete node[last];
    else if (op === 'add' || op === 'replace') node[last] = value;
  }
  return root as unknown as T;
};

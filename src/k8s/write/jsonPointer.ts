/** JSON Pointer escaping for a map key used in a patch path (`a/b` → `a~1b`, `ca.crt` unchanged). */
export const pointerKey = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

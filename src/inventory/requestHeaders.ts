/** Pure helpers for consoleRequestHeaders.ts (testable without the console SDK). */
export type HeaderValue = string | string[] | undefined;

export const cookieValue = (cookies: string, name: string): string | undefined =>
  cookies
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);

export const normalizeHeaders = (headers: Record<string, HeaderValue> | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === '') continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
};


/**
 * A react-hook-form resolver over a zod schema (the project has no
 * @hookform/resolvers): the first issue at each path becomes that field's
 * error, nested the way react-hook-form reads errors (`pairs.0.targetId`).
 */
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod/mini';

export function zodFormResolver<T extends FieldValues>(schema: z.ZodMiniType<T>): Resolver<T> {
  return async (values) => {
    const result = schema.safeParse(values);
    if (result.success) return { values: result.data, errors: {} };
    const errors: Record<string, unknown> = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String);
      if (path.length === 0) path.push('root');
      let node = errors;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== 'object' || node[key] === null || 'message' in (node[key] as object)) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      const last = path[path.length - 1];
      if (!node[last]) node[last] = { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}

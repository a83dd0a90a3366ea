/**
 * A react-hook-form resolver over validateProvider (the zod schemas): field
 * errors carry the error code as message; fields translate it.
 */
import type { FieldErrors, Resolver } from 'react-hook-form';
import { validateProvider, type SchemaContext } from './schema';
import type { ProviderFormValues } from './values';

export const providerResolver =
  (context: () => SchemaContext): Resolver<ProviderFormValues> =>
  async (values) => {
    const errors = validateProvider(values, context());
    const entries = Object.entries(errors);
    if (entries.length === 0) return { values, errors: {} };
    return {
      values: {},
      errors: Object.fromEntries(entries.map(([field, code]) => [field, { type: 'validate', message: code }])) as FieldErrors<ProviderFormValues>,
    };
  };

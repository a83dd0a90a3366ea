/**
 * A strict zod schema of a core/v1 Affinity as Forklift's Plan takes it
 * (`targetAffinity` for the migrated VMs, `convertorAffinity` for the virt-v2v
 * convertor pods): unknown fields are refused, so a typo such as
 * `podAfinity` is reported at its path instead of being dropped by the server.
 */
import * as z from 'zod/mini';
import '../../utils/zodEnglish';

import type { Affinity } from '../../k8s/affinity';

export type * from '../../k8s/affinity';

const weight = z.number().check(z.int(), z.gte(1, 'weight is 1 to 100'), z.lte(100, 'weight is 1 to 100'));

/** Values as the API server checks them: In/NotIn need some, Exists/DoesNotExist none, Gt/Lt one integer. */
const requirement = <Op extends string>(operators: readonly [Op, ...Op[]]) =>
  z.strictObject({ key: z.string().check(z.minLength(1, 'key is required')), operator: z.enum(operators), values: z.optional(z.array(z.string())) }).check(
    z.superRefine((r, issue) => {
      const count = r.values?.length ?? 0;
      if ((r.operator === 'In' || r.operator === 'NotIn') && count === 0) issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} needs values` });
      if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && count > 0) issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} takes no values` });
      if ((r.operator === 'Gt' || r.operator === 'Lt') && (count !== 1 || !/^-?\d+$/.test(r.values?.[0] ?? ''))) {
        issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} takes one integer value` });
      }
    }),
  );

const labelSelector = z.strictObject({
  matchLabels: z.optional(z.record(z.string(), z.string())),
  matchExpressions: z.optional(z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist'] as const))),
});

const podAffinityTerm = z.strictObject({
  labelSelector: z.optional(labelSelector),
  namespaceSelector: z.optional(labelSelector),
  namespaces: z.optional(z.array(z.string())),
  topologyKey: z.string().check(z.minLength(1, 'topologyKey is required')),
  matchLabelKeys: z.optional(z.array(z.string())),
  mismatchLabelKeys: z.optional(z.array(z.string())),
});

const podAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.optional(z.array(podAffinityTerm)),
  preferredDuringSchedulingIgnoredDuringExecution: z.optional(z.array(z.strictObject({ weight, podAffinityTerm }))),
});

const nodeSelectorTerm = z.strictObject({
  matchExpressions: z.optional(z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const))),
  matchFields: z.optional(z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const))),
});

const nodeAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.optional(z.strictObject({ nodeSelectorTerms: z.array(nodeSelectorTerm).check(z.minLength(1, 'at least one node selector term')) })),
  preferredDuringSchedulingIgnoredDuringExecution: z.optional(z.array(z.strictObject({ weight, preference: nodeSelectorTerm }))),
});

export const affinitySchema: z.ZodMiniType<Affinity> = z.strictObject({
  nodeAffinity: z.optional(nodeAffinity),
  podAffinity: z.optional(podAffinity),
  podAntiAffinity: z.optional(podAffinity),
});

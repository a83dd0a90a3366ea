/**
 * A strict zod schema of a core/v1 Affinity as Forklift's Plan takes it
 * (`targetAffinity` for the migrated VMs, `convertorAffinity` for the virt-v2v
 * convertor pods): unknown fields are refused, so a typo such as
 * `podAfinity` is reported at its path instead of being dropped by the server.
 */
import { z } from 'zod';

import type { Affinity } from '../../k8s/affinity';

export type * from '../../k8s/affinity';

const weight = z.number().int().min(1, 'weight is 1 to 100').max(100, 'weight is 1 to 100');

/** Values as the API server checks them: In/NotIn need some, Exists/DoesNotExist none, Gt/Lt one integer. */
const requirement = <Op extends string>(operators: readonly [Op, ...Op[]]) =>
  z
    .strictObject({ key: z.string().min(1, 'key is required'), operator: z.enum(operators), values: z.array(z.string()).optional() })
    .superRefine((r, issue) => {
      const count = r.values?.length ?? 0;
      if ((r.operator === 'In' || r.operator === 'NotIn') && count === 0) issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} needs values` });
      if ((r.operator === 'Exists' || r.operator === 'DoesNotExist') && count > 0) issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} takes no values` });
      if ((r.operator === 'Gt' || r.operator === 'Lt') && (count !== 1 || !/^-?\d+$/.test(r.values?.[0] ?? ''))) {
        issue.addIssue({ code: 'custom', path: ['values'], message: `${r.operator} takes one integer value` });
      }
    });

const labelSelector = z.strictObject({
  matchLabels: z.record(z.string(), z.string()).optional(),
  matchExpressions: z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist'] as const)).optional(),
});

const podAffinityTerm = z.strictObject({
  labelSelector: labelSelector.optional(),
  namespaceSelector: labelSelector.optional(),
  namespaces: z.array(z.string()).optional(),
  topologyKey: z.string().min(1, 'topologyKey is required'),
  matchLabelKeys: z.array(z.string()).optional(),
  mismatchLabelKeys: z.array(z.string()).optional(),
});

const podAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.array(podAffinityTerm).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, podAffinityTerm })).optional(),
});

const nodeSelectorTerm = z.strictObject({
  matchExpressions: z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const)).optional(),
  matchFields: z.array(requirement(['In', 'NotIn', 'Exists', 'DoesNotExist', 'Gt', 'Lt'] as const)).optional(),
});

const nodeAffinity = z.strictObject({
  requiredDuringSchedulingIgnoredDuringExecution: z.strictObject({ nodeSelectorTerms: z.array(nodeSelectorTerm).min(1, 'at least one node selector term') }).optional(),
  preferredDuringSchedulingIgnoredDuringExecution: z.array(z.strictObject({ weight, preference: nodeSelectorTerm })).optional(),
});

export const affinitySchema: z.ZodType<Affinity> = z.strictObject({
  nodeAffinity: nodeAffinity.optional(),
  podAffinity: podAffinity.optional(),
  podAntiAffinity: podAffinity.optional(),
});

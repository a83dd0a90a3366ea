/**
 * The zod schema of each wizard step. They take the facts they check against
 * (names already taken, the providers' types, the sources the selected VMs
 * use) so one schema gives the field errors, and the builders and previews
 * only ever see values that passed. Messages are English keys the page
 * translates (errorText.ts); `Key|detail` carries a parser's detail.
 */
import * as z from 'zod/mini';
import '../../utils/zodEnglish';
import type { PlanType, ProviderType } from '../../k8s/types';
import { playbookMessage, playbookProblem } from '../hooks/playbook';
import { placementSchema } from '../placement/placement';
import { isTypeAvailable } from './migrationTypes';
import { templateError } from './pvcTemplate';
import type { WizardMapChoice, WizardValues } from './values';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const dnsLabel = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'Required'),
    z.maxLength(63, 'At most 63 characters'),
    z.regex(DNS1123_LABEL, 'Lowercase letters, digits and "-"; starts and ends with a letter or digit'),
  );

export type StepId = 'general' | 'vms' | 'network' | 'storage' | 'type' | 'settings' | 'hooks' | 'review';

export interface StepContext {
  /** Plans already in the namespace (the name must not clash). */
  planNames: ReadonlySet<string>;
  /** Maps already in the namespace (maps built here are named after the plan). */
  mapNames?: { network: ReadonlySet<string>; storage: ReadonlySet<string> };
  sourceType?: ProviderType;
  targetType?: ProviderType;
  /** Source network / storage ids the selected VMs use (each needs a pair). */
  networkSources?: readonly string[];
  storageSources?: readonly string[];
}

export const generalSchema = (ctx: StepContext) =>
  z
    .object({
      name: dnsLabel,
      description: z.string(),
      sourceProvider: z.string().check(z.minLength(1, 'Pick the source provider')),
      targetProvider: z.string().check(z.minLength(1, 'Pick the target provider')),
      targetNamespace: dnsLabel,
    })
    .check(
      z.superRefine((v, issue) => {
        if (ctx.planNames.has(v.name.trim())) issue.addIssue({ code: 'custom', path: ['name'], message: 'A plan with this name already exists in the namespace' });
        if (v.sourceProvider && v.sourceProvider === v.targetProvider) {
          issue.addIssue({ code: 'custom', path: ['targetProvider'], message: 'Source and target must be different providers' });
        }
      }),
    );

export const vmsSchema = z.object({
  vms: z.array(z.object({ id: z.string().check(z.minLength(1)), name: z.string() })).check(z.minLength(1, 'Select at least one VM')),
});

const mapChoice = (kind: 'network' | 'storage', sources: readonly string[] | undefined, taken: ReadonlySet<string> | undefined, mapName: string) =>
  z
    .object({
      mode: z.enum(['new', 'existing']),
      existing: z.string(),
      pairs: z.array(
        z.object({
          sourceId: z.string(),
          targetId: z.string(),
          volumeMode: z.optional(z.enum(['Filesystem', 'Block'])),
          accessMode: z.optional(z.enum(['ReadWriteOnce', 'ReadWriteMany', 'ReadOnlyMany'])),
        }),
      ),
    })
    .check(
      z.superRefine((v: WizardMapChoice, issue) => {
        if (v.mode === 'existing') {
          if (!v.existing) issue.addIssue({ code: 'custom', path: ['existing'], message: kind === 'network' ? 'Pick a network map' : 'Pick a storage map' });
          return;
        }
        if (taken?.has(mapName)) {
          issue.addIssue({ code: 'custom', path: ['pairs'], message: `MapExists|${mapName}` });
        }
        const mapped = new Set(v.pairs.filter((p) => p.sourceId && p.targetId).map((p) => p.sourceId));
        const unmapped = (sources ?? []).filter((s) => !mapped.has(s));
        if (unmapped.length > 0) {
          issue.addIssue({ code: 'custom', path: ['pairs'], message: kind === 'network' ? 'Every network the VMs use needs a target' : 'Every storage the VMs use needs a target' });
        }
        if (kind === 'network' && v.pairs.filter((p) => p.targetId === 'pod').length > 1) {
          issue.addIssue({ code: 'custom', path: ['pairs'], message: 'Only one source network can map to the pod network' });
        }
        if (v.pairs.length === 0 && (sources?.length ?? 0) === 0) {
          issue.addIssue({ code: 'custom', path: ['pairs'], message: 'Add at least one pair' });
        }
      }),
    );

export const networkSchema = (ctx: StepContext, planName: string) =>
  z.object({ networkMap: mapChoice('network', ctx.networkSources, ctx.mapNames?.network, `${planName}-network`) });

export const storageSchema = (ctx: StepContext, planName: string) =>
  z.object({ storageMap: mapChoice('storage', ctx.storageSources, ctx.mapNames?.storage, `${planName}-storage`) });

export const typeSchema = (ctx: StepContext) =>
  z.object({
    type: z
      .enum(['cold', 'warm', 'live', 'conversion'])
      .check(z.refine((t: PlanType) => isTypeAvailable(t, ctx.sourceType, ctx.targetType), 'This migration type is not available for these providers')),
  });

const goTemplate = z.string().check(
  z.superRefine((text, issue) => {
    const error = text.trim() ? templateError(text) : undefined;
    if (error) issue.addIssue({ code: 'custom', message: `Template|${error.message}` });
  }),
);

export const settingsSchema = z.object({
  targetPowerState: z.enum(['', 'on', 'off', 'auto']),
  transferNetwork: z.string().check(z.refine((v) => v === '' || /^[^/]+\/[^/]+$/.test(v), 'Pick a network attachment definition')),
  pvcNameTemplate: goTemplate,
  volumeNameTemplate: z.string(),
  networkNameTemplate: z.string(),
  ...placementSchema.shape,
});

const deadline = z.string().check(z.refine((v) => v.trim() === '' || (/^\d+$/.test(v.trim()) && Number(v) > 0), 'A whole number of seconds'));

const playbook = z.string().check(
  z.superRefine((text, issue) => {
    const problem = playbookProblem(text);
    if (problem) issue.addIssue({ code: 'custom', message: playbookMessage(problem) });
  }),
);

const hookSchema = z.object({ enabled: z.boolean(), image: z.string(), playbook, serviceAccount: z.string(), deadline }).check(
  z.superRefine((h, issue) => {
    if (!h.enabled) return;
    if (!h.image.trim()) issue.addIssue({ code: 'custom', path: ['image'], message: 'Required' });
    if (h.serviceAccount.trim() && !DNS1123_LABEL.test(h.serviceAccount.trim())) {
      issue.addIssue({ code: 'custom', path: ['serviceAccount'], message: 'Not a valid service account name' });
    }
  }),
);

export const hooksSchema = z.object({ preHook: hookSchema, postHook: hookSchema });

/** The schema that guards leaving a step. */
export const stepSchema = (step: StepId, ctx: StepContext, values: WizardValues): z.ZodMiniType | undefined => {
  switch (step) {
    case 'general':
      return generalSchema(ctx);
    case 'vms':
      return vmsSchema;
    case 'network':
      return networkSchema(ctx, values.name);
    case 'storage':
      return storageSchema(ctx, values.name);
    case 'type':
      return typeSchema(ctx);
    case 'settings':
      return settingsSchema;
    case 'hooks':
      return hooksSchema;
    default:
      return undefined;
  }
};

export type FieldErrors = Record<string, string>;

/** Field errors (by dotted path) of one step's values; empty when the step is valid. */
export const validateStep = (step: StepId, ctx: StepContext, values: WizardValues): FieldErrors => {
  const schema = stepSchema(step, ctx, values);
  if (!schema) return {};
  const result = schema.safeParse(values);
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
};

/** Every step the plan needs, in order; the storage step only when the type needs a storage map. */
export const wizardSteps = (type: PlanType): StepId[] =>
  ['general', 'vms', 'network', ...(type === 'conversion' ? [] : (['storage'] as const)), 'type', 'settings', 'hooks', 'review'] as StepId[];

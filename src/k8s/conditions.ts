/** Pure helpers to read Forklift conditions. */
import type { Condition } from './types';

export const findCondition = (conditions: readonly Condition[] | undefined, type: string): Condition | undefined =>
  conditions?.find((c) => c.type === type);

export const isConditionTrue = (conditions: readonly Condition[] | undefined, type: string): boolean =>
  findCondition(conditions, type)?.status === 'True';

/** Conditions that block readiness: Critical or Error category and True. */
export const blockingConditions = (conditions: readonly Condition[] | undefined): Condition[] =>
  (conditions ?? []).filter((c) => c.status === 'True' && (c.category === 'Critical' || c.category === 'Error'));

/**
 * Forklift status conditions: `{type, status, reason, category, message,
 * lastTransitionTime, items}`. `mergeConditions` keeps a condition's
 * lastTransitionTime while it stays the same, so re-validating does not make
 * every status write look like a change.
 */
export type Category = 'Critical' | 'Error' | 'Warn' | 'Required' | 'Advisory';

export interface Condition {
  type: string;
  status: 'True' | 'False';
  reason: string;
  category: Category;
  message: string;
  lastTransitionTime: string;
  durable?: boolean;
  items?: string[];
}

export type ConditionInput = Omit<Condition, 'lastTransitionTime' | 'status'> & { status?: 'True' | 'False' };

export function condition(input: ConditionInput, now: number): Condition {
  const { items, ...rest } = input;
  return { status: 'True', ...rest, ...(items && items.length > 0 ? { items } : {}), lastTransitionTime: new Date(now).toISOString() };
}

export function mergeConditions(previous: readonly Condition[] | undefined, next: readonly Condition[]): Condition[] {
  return next.map((c) => {
    const old = previous?.find((p) => p.type === c.type);
    return old && old.status === c.status && old.reason === c.reason && old.message === c.message ? { ...c, lastTransitionTime: old.lastTransitionTime } : c;
  });
}

export function isBlocking(c: Condition): boolean {
  return c.status === 'True' && (c.category === 'Critical' || c.category === 'Error');
}

export function conditionsOf(obj: { status?: Record<string, unknown> }): Condition[] {
  return (obj.status?.conditions ?? []) as Condition[];
}

export function hasCondition(obj: { status?: Record<string, unknown> }, type: string): boolean {
  return conditionsOf(obj).some((c) => c.type === type && c.status === 'True');
}

/** The Ready condition every validated CR gets when nothing blocks it. */
export function readyCondition(message: string, now: number): Condition {
  return condition({ type: 'Ready', reason: 'Ready', category: 'Required', message }, now);
}

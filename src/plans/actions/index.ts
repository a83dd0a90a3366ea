/**
 * Plan lifecycle actions. Pure builders (migrationBuilders, planBuilders,
 * availability) apart from the SDK calls (api) and the React parts.
 * The plan wizard starts a plan with `startPlan(plan)`.
 */
export * from './migrationBuilders';
export * from './planBuilders';
export * from './availability';
export * from './api';
export { useActionRunner } from './useActionRunner';

export * from './apiFailure';
export * from './client';
export * from './createPlan';
export * from './patch';
export * from './kubectlMtv';

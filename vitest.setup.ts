// Shared test setup. In the jsdom tests, testing-library's `waitFor`/`findBy*` wait up to 5 s
// instead of 1 s: on a loaded 2-core machine (npm test runs test files side by side) a worker
// round trip or a React render can take over a second, and the 1 s default made such tests flaky.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}
export {};

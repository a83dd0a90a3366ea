// Shared test setup: nothing global yet beyond making failures in async
// callbacks visible.
export {};

import { defineConfig } from 'vitest/config';

// Unit and component tests. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` comment at the top of the file.
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'host/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    setupFiles: ['./vitest.setup.ts'],
  },
  esbuild: { jsx: 'automatic' },
});

// Jest runs the TypeScript sources as ES modules (ts-jest ESM mode) on Node 24,
// the action's own runtime (npm scripts put node_modules/.bin/node, from the `node@24` package, first on PATH).
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFilesAfterEnv: ['aws-sdk-client-mock-jest'],
};
export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['<rootDir>/__tests__/e2e/', '<rootDir>/__tests__/conformance/'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts', '<rootDir>/__tests__/conformance/**/*.test.ts'],
    },
  ],
};

// One Jest for every workspace. TypeScript is compiled by SWC (TypeScript 7 has no JS API
// for ts-jest); code is ESM, so Jest runs with --experimental-vm-modules (scripts/test.mjs).
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@thinline/shared$': '<rootDir>/packages/shared/src/index.ts',
    '^@thinline/heatmap$': '<rootDir>/packages/heatmap/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  rootDir: '.',
};

export default {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'shared', testMatch: ['<rootDir>/packages/shared/src/**/*.spec.ts'] },
    { ...common, displayName: 'heatmap', testMatch: ['<rootDir>/packages/heatmap/src/**/*.spec.{ts,tsx}'] },
    // pure helpers of the web app (no DOM): join codes, the workshop draft, presenter numbers,
    // the live cache updaters, the export links and the theme in the stylesheets
    { ...common, displayName: 'web', testMatch: ['<rootDir>/apps/web/src/**/__tests__/*.spec.ts'] },
    {
      ...common,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/apps/api/test/**/*.test.ts'],
      globalSetup: '<rootDir>/apps/api/test/global-setup.mjs',
      globalTeardown: '<rootDir>/apps/api/test/global-teardown.mjs',
      setupFiles: ['<rootDir>/apps/api/test/worker-database.mjs'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/e2e/global-setup.mjs',
      globalTeardown: '<rootDir>/e2e/global-teardown.mjs',
    },
  ],
};

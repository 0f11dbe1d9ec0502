import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx', 'src/app/**/*.ts', 'src/views/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The simulation runs in Node, the browser and a Web Worker, so it must not reach for the DOM,
    // React, the UI store, d3-selection, wall-clock time or unseeded randomness.
    files: ['src/sim/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/sim must not depend on React.' },
            { group: ['zustand', 'zustand/*'], message: 'src/sim must not depend on the UI store.' },
            { group: ['d3-selection', 'd3-zoom', 'd3-axis', 'd3'], message: 'src/sim must not draw.' },
            { group: ['../app/*', '../views/*', '../../app/*', '../../views/*'], message: 'src/sim must not import UI code.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/sim/random.ts.' },
        { object: 'Date', property: 'now', message: 'Use simulated time from the scheduler.' },
        { object: 'performance', property: 'now', message: 'Use simulated time from the scheduler.' },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'Schedule on the simulated clock instead.' },
        { name: 'setInterval', message: 'Schedule on the simulated clock instead.' },
        { name: 'window', message: 'src/sim must run without a DOM.' },
        { name: 'document', message: 'src/sim must run without a DOM.' },
      ],
      'no-console': 'error',
    },
  },
);

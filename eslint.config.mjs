// @ts-check
/**
 * `npm run lint`: a modest rule set that catches real mistakes without churning the code:
 * ESLint's and typescript-eslint's recommended rules (minus the ones this code base
 * deliberately breaks), no import cycles between files (import-x/no-cycle), and `bull`
 * imported only inside src/queue/. Cycles between top-level folders of src/ are checked by
 * scripts/check-folder-cycles.mjs (run by `npm run lint` too).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': ['error', { paths: [{ name: 'bull', message: 'Bull stays inside src/queue/ (see queue/bull-internals.ts).' }] }],
      // Deliberate in this code base: `catch {}`-less swallow handlers, `!` after checks, `as any` in tests.
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      'no-useless-escape': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['src/queue/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { process: 'readonly', console: 'readonly' } } },
);

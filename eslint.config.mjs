// Lint is the second boundary check after the compiler: it enforces the import zones of DESIGN §2.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const ours = (...folders) => folders.map((f) => [`**/${f}`, `**/${f}/**`]).flat();
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url'];

function zone(files, patterns, paths = []) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: patterns.map((p) => ({ group: p.group, message: p.message })),
          paths,
        },
      ],
    },
  };
}

const noElectron = { name: 'electron', message: 'Only src-main/electron and the preload may import electron.' };

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', '.tsbuild/', 'test-results/', 'playwright-report/', 'bench/results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'electron.vite.config.mts', 'scripts/**'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
  {
    files: ['tests/**', 'bench/**', '**/*.test.ts', '**/*.test.tsx', '*.config.*'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['src-renderer/**/*.tsx', 'src-renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  zone(
    ['src-shared/**'],
    [
      { group: ours('src-main', 'src-renderer', 'src-hub'), message: 'src-shared imports nothing of ours.' },
      { group: nodeBuiltins, message: 'src-shared is pure TypeScript: no Node APIs.' },
    ],
    [noElectron],
  ),
  zone(
    ['src-main/core/**', 'src-main/host/**'],
    [{ group: ours('src-renderer', 'src-hub', 'electron'), message: 'src-main imports only src-shared.' }],
    [noElectron],
  ),
  zone(
    ['src-main/electron/**'],
    [{ group: ours('src-renderer', 'src-hub', 'host'), message: 'The Electron shell imports core and src-shared.' }],
  ),
  zone(
    ['src-main/preload/**'],
    [
      { group: ['**/core/**', '**/host/**', '**/src-renderer/**', '**/src-hub/**'], message: 'The preload imports only the contract.' },
      { group: nodeBuiltins, message: 'The preload is sandboxed: no Node APIs.' },
    ],
  ),
  zone(
    ['src-renderer/**'],
    [
      { group: ours('src-main', 'src-hub'), message: 'The renderer reaches main only through the bridge.' },
      { group: nodeBuiltins, message: 'The renderer has no Node APIs.' },
    ],
    [noElectron],
  ),
  zone(
    ['src-hub/**'],
    [{ group: ours('src-main', 'src-renderer'), message: 'The hub imports only src-shared.' }],
    [noElectron],
  ),
);

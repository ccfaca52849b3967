// Enforces the arrows of DESIGN.md: renderer → shared ← electron; only the shell files import 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const SHELL_FILES = [
  'electron/main.ts',
  'electron/window.ts',
  'electron/preload.ts',
  'electron/menu.ts',
  'electron/ipc.ts',
];
const noElectron = {
  name: 'electron',
  message: 'Only the shell files (main, window, preload, menu, ipc) import electron.',
};
const nodeBuiltins = { group: ['node:*'], message: 'This layer must not use Node built-ins.' };

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'better-sqlite3', 'react', 'react-dom', 'fs', 'path', 'os', 'crypto'],
          patterns: [
            nodeBuiltins,
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // A missing dependency leaves a memo or effect stale without any error: checked, not reviewed.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, 'better-sqlite3', 'fs', 'path', 'os', 'crypto'],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/electron/**'],
              message: 'The renderer talks to the Node side only through window.api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    ignores: SHELL_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/.' }],
        },
      ],
    },
  },
);

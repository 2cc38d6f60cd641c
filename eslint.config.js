// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The domain (src/core) must stay free of IO: no server, no web app, no Node IO
// modules, no database or HTTP libraries. This is what lets it be tested as
// pure functions and reused by the server, the CLI and the browser.
const nodeIoModules = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'http2',
  'dgram', 'dns', 'tls', 'cluster', 'worker_threads', 'readline', 'process', 'v8', 'vm',
];
const coreForbidden = [
  ...nodeIoModules.flatMap((m) => [m, `node:${m}`]),
  'pg', 'pg-*', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'fastify', '@fastify/*',
  'react', 'react-dom', 'nodemailer', 'mammoth', 'unpdf', 'exceljs', 'docx',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'test-artifacts/**', 'src/server/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|test|describe)$/]", message: 'Không commit test .only' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: coreForbidden, message: 'src/core là miền nghiệp vụ thuần: không IO, không server, không web.' },
            { group: ['**/server/**', '**/web/**', '**/cli/**'], message: 'src/core không phụ thuộc server, web, cli.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'src/core không gọi mạng.' },
        { name: 'process', message: 'src/core không đọc môi trường.' },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
);

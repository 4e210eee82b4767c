import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    '.next/**',
    '.next-server/**',
    'out/**',
    'reports/**',
    'test-results/**',
    'playwright-report/**',
    'public/pagefind/**',
    'next-env.d.ts',
  ]),
  ...nextVitals,
  ...nextTypescript,
  // eslint-config-next registers jsx-a11y with a handful of rules; take the plugin's whole recommended set.
  { files: ['**/*.{ts,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // A Pages Router rule: this App Router site links with plain <a> on purpose, since the publication
      // has no client-side navigation to gain from next/link.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  {
    // Plain browser and config scripts are not part of the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  prettier,
]);

import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserOnlyImports = {
  patterns: [
    { group: ['wxt', 'wxt/*', '#imports', '@wxt-dev/*'], message: 'lib/ is pure: no WXT imports.' },
    { group: ['webextension-polyfill'], message: 'lib/ is pure: no extension APIs.' },
  ],
};

// Page HTML must never reach the DOM unsanitized: write text, or sanitize with DOMPurify and say so.
const htmlSinks = [
  { property: 'innerHTML', message: 'Use textContent, or sanitize with DOMPurify (lib/sanitize) and disable this line with a reason.' },
  { property: 'outerHTML', message: 'Use textContent, or sanitize with DOMPurify and disable this line with a reason.' },
  { property: 'insertAdjacentHTML', message: 'Build nodes instead of parsing HTML strings.' },
];

/** Shipped code also runs on plain-http pages, where secure-context-only APIs are missing. */
const insecureContextGaps = [
  {
    object: 'crypto',
    property: 'randomUUID',
    message: 'Use randomUuid() from lib/random-id: crypto.randomUUID is missing on plain-http pages.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-*/', '.wxt/', 'out/', 'coverage/', 'scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...htmlSinks],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render sanitized HTML only through components/SanitizedHtml.',
        },
        { selector: "CallExpression[callee.property.name='write'][callee.object.name='document']", message: 'No document.write.' },
      ],
    },
  },
  {
    // Plain Node scripts (npm start, icon generator, static server): Node's globals, no TypeScript.
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: Object.fromEntries(
        [
          'process',
          'console',
          'Buffer',
          'URL',
          'URLSearchParams',
          'setTimeout',
          'clearTimeout',
          'setInterval',
          'clearInterval',
          'AbortController',
          'fetch',
          'structuredClone',
        ].map((name) => [name, 'readonly']),
      ),
    },
  },
  {
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-properties': ['error', ...htmlSinks, ...insecureContextGaps] },
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', browserOnlyImports],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'lib/ is pure: pass data in, no extension APIs.' },
        { name: 'chrome', message: 'lib/ is pure: pass data in, no extension APIs.' },
        { name: 'window', message: 'lib/ works on a Document it is given, not on the global window.' },
        { name: 'document', message: 'lib/ works on a Document it is given, not on the global document.' },
      ],
    },
  },
);

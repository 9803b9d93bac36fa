import js from '@eslint/js';
import react from 'eslint-plugin-react';
import tseslint from 'typescript-eslint';

/** Text with a letter in it, in any language Haven speaks. */
const WORDS = '/[A-Za-zÀ-ÿ]/';
/** Attributes whose value is read out or shown to a person. */
const SHOWN_ATTRIBUTES = '/^(aria-label|aria-description|title|placeholder|alt|label|hint|error)$/';
/** A {…} between tags, and a choice inside one. */
const CHILD = ':matches(JSXElement, JSXFragment) > JSXExpressionContainer';
const CHOICE = ':matches(ConditionalExpression, LogicalExpression)';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', setTimeout: 'readonly' },
    },
    rules: {
      // No code built from strings, anywhere (the CSP forbids it in the extension too).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Preact reaches innerHTML only through dangerouslySetInnerHTML; with it banned, web-ext
    // lint's one warning (UNSAFE_VAR_ASSIGNMENT in Preact's renderer) names code never run.
    // docs/store.md explains that warning to the reviewers on this ground.
    files: ['**/*.tsx'],
    plugins: { react },
    rules: { 'react/no-danger': 'error' },
  },
  {
    // Every word Haven shows comes from a dictionary (features/*/strings.ts), in every language:
    // no text written straight into the UI. Punctuation and symbols ("←", "·", "✕") may be.
    // The calculator cover is out of scope: its key names stay one neutral calculator's.
    files: ['features/**/*.tsx', 'components/**/*.tsx'],
    ignores: ['features/cover/**'],
    plugins: { react },
    rules: {
      'react/jsx-no-literals': ['error', { noStrings: true, ignoreProps: true, allowedStrings: ['←', '·', '✕', '×', ':', ',', '.', '(', ')', '%', '=', '–', '—'] }],
      'no-restricted-syntax': [
        'error',
        ...[
          // Text between tags, picked by a condition: {busy ? 'Saving…' : 'Save'}
          `${CHILD} > ${CHOICE} > Literal[value=${WORDS}]`,
          `${CHILD} > ${CHOICE} > ${CHOICE} > Literal[value=${WORDS}]`,
          // Text between tags, built: {`Show ${n} more`}
          `${CHILD} > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
          `${CHILD} > ${CHOICE} > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`,
        ].map((selector) => ({ selector, message: 'Text shown in the UI comes from the feature\'s strings.ts (t(key, params)), so it can be translated.' })),
        ...[
          `JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > Literal[value=${WORDS}]`,
          `JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=${WORDS}]`,
          `JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > JSXExpressionContainer > ${CHOICE} > Literal[value=${WORDS}]`,
          `JSXAttribute[name.name=${SHOWN_ATTRIBUTES}] > JSXExpressionContainer TemplateElement[value.raw=${WORDS}]`,
        ].map((selector) => ({ selector, message: 'A label, title or placeholder is read out: take it from the feature\'s strings.ts.' })),
      ],
    },
  },
);

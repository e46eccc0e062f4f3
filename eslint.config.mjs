// Flat config: typescript-eslint's recommended rules over everything we ship or test, plus the
// layering rule: below the line (src/api, src/model, src/sandbox, src/callbackListener) nothing imports `vscode` or the
// folders above it, and src/api imports nothing outside itself (see README, Architecture).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NO_VSCODE = { name: 'vscode', message: 'Below the line: no vscode here. Put VS Code code in src/views, src/commands, src/panels, src/connection or src/inspector, and pass plain data down.' };
/** `{ z }` is zod's whole namespace object: esbuild then keeps every locale (~350 KB more per bundle). */
const ZOD_NAMED_Z = { selector: "ImportDeclaration[source.value='zod'] > ImportSpecifier[imported.name='z']", message: "Write `import * as z from 'zod'`: the named `z` export pulls all of zod's locales into the bundle." };
/**
 * Classic zod weighs ~90 KB minified, zod/mini ~20 KB: what loads at activation and in the webview uses
 * src/api/zod.ts (zod/mini with English messages). Classic zod stays where its bundle is not loaded at
 * activation: the sandbox, the chat tools' inputs and the callback inspector's inbox.
 */
const ZOD_CLASSIC = { selector: "ImportDeclaration[source.value='zod']", message: "Import zod/mini through src/api/zod.ts (`import * as z from '../api/zod'`): classic zod adds ~70 KB to the activation bundle." };
/** The folders that may import vscode, and the wiring files that tie them together. */
const ABOVE = '(views|commands|panels|connection|inspector)(/|$)|(services|extension)$';

/** One `no-restricted-imports` block per floor; a block's options replace the last, so each is whole. */
function layering() {
  const upward = (what) => ({ regex: `^(\\.\\./)+(src/)?(${ABOVE})`, message: `${what} imports nothing from views, commands, panels, connection or the extension wiring: they depend on it, not the other way round.` });
  return [
    {
      files: ['src/model/**/*.ts', 'src/sandbox/**/*.ts', 'src/callbackListener/**/*.ts'],
      rules: { 'no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [upward('Below the line, code')] }] },
    },
    {
      // src/api is the ground floor: it is flat, so any `../` leaves it.
      files: ['src/api/**/*.ts'],
      rules: { 'no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [{ regex: '^\\.\\./', message: 'src/api is the ground floor: it imports nothing outside src/api (model, sandbox and the rest build on it).' }] }] },
    },
    {
      // The webview runs in the browser: it talks to VS Code through acquireVsCodeApi, never the vscode module.
      files: ['webview/**/*.ts', 'webview/**/*.mts'],
      rules: { 'no-restricted-imports': ['error', { paths: [NO_VSCODE], patterns: [upward('The webview')] }] },
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'tools/**', '.vscode-test/**', 'test-results/**', '.stryker-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.mts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
      'no-restricted-syntax': ['error', ZOD_NAMED_Z],
    },
  },
  ...layering(),
  {
    files: ['src/**/*.ts', 'webview/**/*.ts', 'webview/**/*.mts'],
    ignores: ['src/sandbox/**', 'src/model/tools/**', 'src/model/callbacks/**'],
    rules: { 'no-restricted-syntax': ['error', ZOD_NAMED_Z, ZOD_CLASSIC] },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable' } },
  },
);

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// No text shown to a person is written into a component: JSX text and the attributes a
// person reads or hears (label, title, aria-label, placeholder, hint, alt, busyLabel, …) must
// come from a catalogue through t(). The TypeScript parser finds them, so a string in a
// comment, a class name or a key is never mistaken for one. Enforced on the folders already
// translated; the list grows as the rest are.
const src = join(import.meta.dirname, '../..');
const TRANSLATED = [
  'app',
  'ui',
  'i18n',
  'features/home',
  'features/auth',
  'features/report',
  'features/compare',
  'features/history',
  'features/organisations',
  'features/prework',
  'features/participant',
  'features/workshops',
  'features/control-room',
  'features/session',
  'features/decisions',
  'features/follow-ups',
  'features/presenter',
];

const SHOWN_ATTRIBUTES = new Set(['label', 'title', 'aria-label', 'placeholder', 'hint', 'alt', 'busyLabel', 'loadingLabel', 'errorTitle', 'lead', 'question', 'confirmLabel', 'aria-description']);
// brand and symbols, the same in every language
const ALLOWED = /^(Thinline|[\s·•●–—:;,.!?()[\]{}|/\\+×=≥≤→←↑↓%#0-9θ"“”'’✓✗✕⚠…-]*)$/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === '__tests__' || name === 'catalogues' ? [] : files(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

function literalText(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node) => `${relative(src, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.getText().trim();
      if (text && !ALLOWED.test(text)) found.push(`${at(node)} text "${text}"`);
    } else if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText();
      const init = node.initializer;
      const literal = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression.text : null;
      if (SHOWN_ATTRIBUTES.has(name) && literal !== null && literal.trim() && !ALLOWED.test(literal)) found.push(`${at(node)} ${name}="${literal}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

it('translated folders show no string literal to a person', () => {
  const offenders = TRANSLATED.flatMap((folder) => files(join(src, folder))).flatMap(literalText);
  expect(offenders).toEqual([]);
});

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

// The editor's own texts stay English, but they come from one catalog (src/edit/words.ts), so a
// translation can follow (issue 30, "Done means"). A literal English string in a component (a
// label, a button, an aria-label, a status, a confirm() text) would be missed by a translator:
// this test finds them, in the components' JSX and in any other file of the editor.
const ROOT = resolve(__dirname, '../..');
const EDITOR = join(ROOT, 'src/edit');
const CATALOG = join(EDITOR, 'words.ts');

/** Props and fields whose value a reader sees or hears. */
const TEXT_PROPS = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'placeholder',
  'label',
  'alt',
  'legend',
  'help',
  'addLabel',
  'expandLabel',
  'caption',
  'heading',
  'textContent',
]);
/** Functions that show their argument to the reader. */
const SHOWING_CALLS = new Set(['confirm', 'alert', 'prompt']);

const hasLetter = (text: string) => /\p{L}/u.test(text);
/** Three words in a row: a sentence, not a key, a class list or a CSS selector. */
const SENTENCE = /\b\p{L}{2,} \p{L}{2,} \p{L}{2,}/u;

/**
 * Strings outside the catalog that are not the editor's words, with why. Anything new here
 * needs a reason a reviewer accepts.
 */
const ALLOWED = new Set([
  // A developer's mistake (a component outside its provider), never a reader's.
  'useEditorStore needs an <EditorContext.Provider>',
  // The browser's refusal, when it gives no reason of its own: said inside words.saveFailedBody.
  'IndexedDB request failed',
  'IndexedDB transaction failed',
  'IndexedDB transaction aborted',
]);

export interface Finding {
  line: number;
  text: string;
}

const nameOf = (n: ts.PropertyName | ts.JsxAttributeName): string =>
  ts.isIdentifier(n) || ts.isStringLiteral(n) ? n.text : n.getText();

/** The literal text of a string or template (`${}` where a value goes), or null for others. */
function literalText(e: ts.Node): string | null {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e))
    return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join('${}');
  return null;
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
]);
const isCompared = (node: ts.Node) =>
  ts.isCaseClause(node.parent) ||
  (ts.isBinaryExpression(node.parent) && COMPARISONS.has(node.parent.operatorToken.kind));

/**
 * Literal English in a component file: JSX text, text props (as a string, or as a branch of
 * the expression given), rendered expressions' literal branches, confirm() texts, state set to
 * a sentence.
 */
export function inlineWords(source: string, file = 'x.tsx'): Finding[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (ALLOWED.has(text)) return;
    found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
  };
  // What an expression renders: its literal branches (not a function's arguments, not keys).
  const rendered = (e: ts.Node): void => {
    const text = literalText(e);
    if (text !== null) {
      if (hasLetter(text)) report(e, text);
      return;
    }
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) return rendered(e.expression);
    if (ts.isConditionalExpression(e)) {
      rendered(e.whenTrue);
      rendered(e.whenFalse);
      return;
    }
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) rendered(e.right);
      if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
        rendered(e.left);
        rendered(e.right);
      }
      return;
    }
    if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) rendered(e.body);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && hasLetter(node.text)) report(node, node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      rendered(node.expression);
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(nameOf(node.name)) && node.initializer) {
      const init = node.initializer;
      rendered(ts.isJsxExpression(init) && init.expression ? init.expression : init);
    }
    if (ts.isPropertyAssignment(node) && TEXT_PROPS.has(nameOf(node.name)))
      rendered(node.initializer);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      TEXT_PROPS.has(node.left.name.text)
    )
      rendered(node.right);
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (SHOWING_CALLS.has(name)) node.arguments.forEach(rendered);
      if (/^set[A-Z]/.test(name))
        for (const a of node.arguments) {
          const text = literalText(a);
          if (text !== null && SENTENCE.test(text)) report(a, text);
        }
    }
    // Anywhere else: a sentence in a literal is words a reader is likely to see (unless it is
    // compared with: another part's words, such as the validator's, being recognised).
    const text = literalText(node);
    if (
      text !== null &&
      SENTENCE.test(text) &&
      !ts.isJsxAttribute(node.parent) &&
      !(ts.isJsxExpression(node.parent) && ts.isJsxAttribute(node.parent.parent)) &&
      !isCompared(node)
    )
      report(node, text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  // A literal reached by two rules is one finding.
  return found.filter(
    (f, i) => found.findIndex((g) => g.line === f.line && g.text === f.text) === i,
  );
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe('the editor’s words come from one catalog', () => {
  it('finds literal English where a reader would see it', () => {
    const texts = inlineWords(
      [
        'export const A = ({ n }: { n: number }) => (',
        '  <nav aria-label="Skip to">',
        '    <button type="button" className="ed-link" title={n ? "Many" : ""}>Undo</button>',
        '    <p>{n > 1 ? `${n} texts` : "None"} {" — "} {n}</p>',
        '    <Field path="title" label="Headline" empty="omit" />',
        '  </nav>',
        ');',
        'const B = [{ id: "x", label: "Story" }];',
        'window.confirm(`Delete the draft “${name}” from this browser?`);',
        "setStatus('Could not make the folder');",
        "el.textContent = 'Open it here';",
        "const C = or(title, 'Untitled story so far');",
      ].join('\n'),
    ).map((f) => f.text);
    expect(texts).toEqual([
      'Skip to',
      'Many',
      'Undo',
      '${} texts',
      'None',
      'Headline',
      'Story',
      'Delete the draft “${}” from this browser?',
      'Could not make the folder',
      'Open it here',
      'Untitled story so far',
    ]);
  });

  it('leaves ids, classes, paths, punctuation and the catalog’s own names alone', () => {
    expect(
      inlineWords(
        [
          'const FOCUSABLE = "input, select, textarea, button, a[href]";',
          'export const A = () => (',
          '  <div className="ed-field ed-inline" id="ed-x" role="status">',
          '    <Field path={`${at}.date`} label={w.date} placeholder={w.day} empty="omit" />',
          "    {'—'}{' '}{x || '—'}",
          '    <input type="checkbox" aria-keyshortcuts="Control+Z" />',
          '  </div>',
          ');',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('no file of the editor writes its words inline', () => {
    const files = walk(EDITOR).filter((f) => f !== CATALOG);
    const found = files.flatMap((f) =>
      inlineWords(readFileSync(f, 'utf8'), f).map(
        (x) => `${relative(ROOT, f)}:${x.line}: ${JSON.stringify(x.text)}`,
      ),
    );
    expect(found).toEqual([]);
  });
});

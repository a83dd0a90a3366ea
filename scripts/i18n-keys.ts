/**
 * Finds the i18n keys the plugin uses: literal first arguments of `t(...)`
 * calls in src/ (read with the TypeScript parser, so strings in comments or
 * other calls do not count) and `%plugin__forklift-console-plugin~Key%`
 * references in console-extensions.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const NAMESPACE = 'plugin__forklift-console-plugin';

export interface KeyUse {
  key: string;
  file: string;
  line: number;
}

export interface DynamicUse {
  file: string;
  line: number;
  text: string;
}

const isTranslateCall = (node: ts.CallExpression): boolean => {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.text === 't';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 't';
};

export const keysInSource = (file: string, text: string): { keys: KeyUse[]; dynamic: DynamicUse[] } => {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const keys: KeyUse[] = [];
  const dynamic: DynamicUse[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && isTranslateCall(node) && node.arguments.length > 0) {
      const arg = node.arguments[0];
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) keys.push({ key: arg.text, file, line });
      else dynamic.push({ file, line, text: node.getText().slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { keys, dynamic };
};

export const keysInExtensions = (file: string, text: string): KeyUse[] => {
  const pattern = new RegExp(`%${NAMESPACE}~([^%]+)%`, 'g');
  const uses: KeyUse[] = [];
  const lines = text.split('\n');
  lines.forEach((lineText, index) => {
    for (const match of lineText.matchAll(pattern)) uses.push({ key: match[1], file, line: index + 1 });
  });
  return uses;
};

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });

export const collectKeys = (root: string): { keys: KeyUse[]; dynamic: DynamicUse[] } => {
  const keys: KeyUse[] = [];
  const dynamic: DynamicUse[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const found = keysInSource(path.relative(root, file), fs.readFileSync(file, 'utf8'));
    keys.push(...found.keys);
    dynamic.push(...found.dynamic);
  }
  const extFile = path.join(root, 'console-extensions.json');
  keys.push(...keysInExtensions('console-extensions.json', fs.readFileSync(extFile, 'utf8')));
  return { keys, dynamic };
};

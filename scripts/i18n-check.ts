/**
 * `npm run i18n`: fails when a key used in the code is missing from
 * locales/en/plugin__forklift-console-plugin.json, when the file has keys no
 * code uses, or when t() is called with a non-literal key (which no
 * extractor can check). `npm run i18n -- --fix` rewrites the file with
 * exactly the used keys (English text = key), keeping existing translations.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NAMESPACE, collectKeys } from './i18n-keys';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const localeFile = path.join(root, 'locales', 'en', `${NAMESPACE}.json`);
const fix = process.argv.includes('--fix');

const { keys, dynamic } = collectKeys(root);
const locale: Record<string, string> = JSON.parse(fs.readFileSync(localeFile, 'utf8'));
const used = new Map(keys.map((k) => [k.key, k]));
const missing = [...used.values()].filter((k) => !(k.key in locale));
const unused = Object.keys(locale).filter((k) => !used.has(k));

if (fix) {
  const next: Record<string, string> = {};
  for (const key of [...used.keys()].sort((a, b) => a.localeCompare(b))) next[key] = locale[key] ?? key;
  fs.writeFileSync(localeFile, JSON.stringify(next, null, 2) + '\n');
  console.log(`i18n: wrote ${Object.keys(next).length} keys to ${path.relative(root, localeFile)} (+${missing.length} added, -${unused.length} removed)`);
}

let failed = false;
if (dynamic.length > 0) {
  failed = true;
  console.error('i18n: t() called with a non-literal key (use a literal English key):');
  for (const d of dynamic) console.error(`  ${d.file}:${d.line}  ${d.text}`);
}
if (!fix && missing.length > 0) {
  failed = true;
  console.error(`i18n: ${missing.length} key(s) missing from ${path.relative(root, localeFile)} (run npm run i18n -- --fix):`);
  for (const m of missing) console.error(`  ${m.file}:${m.line}  ${JSON.stringify(m.key)}`);
}
if (!fix && unused.length > 0) {
  failed = true;
  console.error(`i18n: ${unused.length} key(s) in the locale file are used nowhere (run npm run i18n -- --fix):`);
  for (const u of unused) console.error(`  ${JSON.stringify(u)}`);
}
if (failed) process.exit(1);
console.log(`i18n: ${used.size} keys, all present in ${path.relative(root, localeFile)}`);

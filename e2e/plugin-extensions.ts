/**
 * What the plugin declares, read from the same files the build uses, so specs
 * check the navigation the plugin asks for rather than a copy of it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PLUGIN = 'forklift-console-plugin';

interface Ext {
  type: string;
  properties: Record<string, unknown>;
}

const extensions = JSON.parse(readFileSync(path.join(root, 'console-extensions.json'), 'utf8')) as Ext[];
const messages = JSON.parse(readFileSync(path.join(root, `locales/en/plugin__${PLUGIN}.json`), 'utf8')) as Record<string, string>;

/** `%plugin__x~Key%` -> the English text, as the console shows it. */
export const english = (value: string): string => {
  const m = /^%plugin__[^~]+~(.+)%$/.exec(value);
  return m ? (messages[m[1]] ?? m[1]) : value;
};

export const navSections = () =>
  extensions.filter((e) => e.type === 'console.navigation/section').map((e) => ({ id: String(e.properties.id), name: english(String(e.properties.name)) }));

export const navItems = (sectionId: string) =>
  extensions
    .filter((e) => e.type.startsWith('console.navigation/') && e.type !== 'console.navigation/section' && e.properties.section === sectionId)
    .map((e) => ({ id: String(e.properties.id), name: english(String(e.properties.name)) }));

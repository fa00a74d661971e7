import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/lib/archive/format.ts';
import { createScriptText, UI, uiString } from '../../src/lib/archive/script-text.ts';
import { UiSchema } from '../../src/schemas/ui.ts';
import { ROOT } from '../helpers/seeds.ts';

const uiFile = JSON.parse(readFileSync(join(ROOT, 'data', 'site', 'ui.json'), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.(ts|astro|js)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('data/site/ui.json', () => {
  it('is valid against its schema', () => {
    expect(UiSchema.safeParse(uiFile).success).toBe(true);
  });

  it('the schema refuses a lone brace, an empty string and a week of six days', () => {
    expect(UiSchema.safeParse({ ...uiFile, search: '搜索{' }).success).toBe(false);
    expect(UiSchema.safeParse({ ...uiFile, search: '' }).success).toBe(false);
    expect(UiSchema.safeParse({ ...uiFile, weekdays: ['一', '二', '三', '四', '五', '六'] }).success).toBe(false);
  });

  it('has no key that no code reads', () => {
    const code = sourceFiles(join(ROOT, 'src')).map((file) => readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(uiFile).filter((key) => key !== 'about' && !new RegExp(`['"]${key}['"]|\\bUI\\.${key}\\b`).test(code));
    expect(unused).toEqual([]);
  });
});

describe('interface text', () => {
  it('fills placeholders in the source script and converts the result for a derived one', () => {
    expect(uiString('pageLabel', { page: 'A2' })).toBe('第A2版');
    const marked = createScriptText('zh-hant', (text) => `«${text}»`);
    expect(marked.ui('pageLabel', { page: 3 })).toBe('«第3版»');
    expect(marked.weekdays).toEqual(UI.weekdays.map((day) => `«${day}»`));
  });

  it('one template function: unknown placeholders stay visible unless the caller makes them an error', () => {
    expect(fillTemplate('{a}{b}', { a: 1 })).toBe('1{b}');
    expect(() =>
      fillTemplate('{a}{b}', { a: 1 }, (name) => {
        throw new Error(`missing ${name}`);
      }),
    ).toThrow('missing b');
  });
});

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate, getTemplate, TEMPLATES, templateClass, templateNames } from './registry';

// Shared parts live in folders starting with «_»; every other folder is a document.
const folders = readdirSync(__dirname, { withFileTypes: true })
  .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
  .map((e) => e.name)
  .sort();

describe('the template registry', () => {
  it('lists every document folder once, under the folder’s name', () => {
    expect(templateNames()).toEqual(folders);
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
  });

  it('takes each definition from its own folder', async () => {
    for (const name of folders) {
      const exported = Object.values(await import(path.join(__dirname, name, 'index.ts')));
      expect(exported, name).toContain(findTemplate(name));
    }
  });

  for (const template of TEMPLATES) {
    it(`${template.name}: the example parses and builds, titled as the definition says`, () => {
      const parsed = template.schema.safeParse(template.example);
      expect(parsed.error?.issues ?? []).toEqual([]);
      const model = getTemplate(template.name).build(parsed.data);
      expect(model.blocks.length).toBeGreaterThan(0);
      // The example of the ИОМ is the school-year card, whose title reads «Карта …».
      if (template.name !== 'iom') expect(model.title.startsWith(template.title), model.title).toBe(true);
    });
  }

  it('gives every document its own title', () => {
    const titles = TEMPLATES.map((t) => t.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('looks up names from outside and classes them', () => {
    expect(findTemplate('pair-order')).toBe(getTemplate('pair-order'));
    expect(findTemplate('toString')).toBeUndefined();
    expect(findTemplate('pair_order')).toBeUndefined();
    expect(templateClass('pair-order')).toBe('order');
    expect(templateClass('school-roadmap')).toBe('annex');
    expect(templateClass('consent-mentor')).toBe('form');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DivisionsData } from '../../src/extract/gazetteer.ts';
import type { CodeChangeTable } from '../../src/domain/code-changes.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { formerNames, loadGazetteer } from '../../data/gazetteer/load.ts';
import { source } from './fixtures.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
const table = JSON.parse(readFileSync(join(DATA, 'code-changes.json'), 'utf8')) as CodeChangeTable;
const divisions = JSON.parse(readFileSync(join(DATA, 'gazetteer', 'divisions.json'), 'utf8')) as DivisionsData;
const gazetteer = loadGazetteer();
const change = (oldName: string) => {
  const c = table.changes.find((x) => x.oldName === oldName);
  if (!c) throw new Error(`no change for ${oldName}`);
  return c;
};

describe('former names of renamed units (data/code-changes.json)', () => {
  const aliases = formerNames(table, divisions);
  const currentNames = new Set(divisions.units.map(([, name]) => name));

  test('every rename or merge whose old name is no longer in use becomes an alias of its successor', () => {
    const expected = table.changes.filter((c) => (c.kind === 'rename' || c.kind === 'merge') && c.oldName !== c.newName && !currentNames.has(c.oldName));
    expect(aliases.map((a) => [a.name, a.code])).toEqual(expected.map((c) => [c.oldName, c.new]));
    expect(aliases.length).toBeGreaterThan(100);
  });

  test('an old name a current unit still carries, or a split unit, never becomes an alias', () => {
    const names = new Set(aliases.map((a) => a.name));
    for (const c of table.changes) {
      if (c.kind === 'split' || currentNames.has(c.oldName)) expect(names.has(c.oldName), c.oldName).toBe(false);
    }
  });

  // 洋县's own document as an older text would name places: 南郑县 (610721) is 南郑区 (610703) since 2017, 户县
  // (610125) is 西安市鄠邑区 (610118) since 2016.
  test.each(['南郑县', '户县'])('%s in a 洋县 task resolves to its successor', (written) => {
    const { meta, text } = source('yangxian-2023-work-points');
    const reference = extractDocument(text, { gazetteer, meta });
    const target = reference.tasks.find((t) => t.places.some((p) => p.code && p.span));
    if (!target) throw new Error('no task with a place in the 洋县 document');
    const at = target.places.find((p) => p.code && p.span)!.span![0];
    const edited = `${text.slice(0, at)}${written}、${text.slice(at)}`;
    const doc = extractDocument(edited, { gazetteer, meta });
    const places = doc.tasks.find((t) => t.id === target.id)!.places;
    const place = places.find((p) => p.span?.[0] === at);
    expect(place?.code).toBe(change(written).new);
    expect(edited.slice(place!.span![0], place!.span![1])).toBe(written);
  });
});

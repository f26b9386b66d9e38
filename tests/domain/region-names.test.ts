import { expect, test } from 'vitest';
import { shippedAtlas } from '../joins/fixtures.ts';

const { names, tree, composites } = shippedAtlas();
const keys = [...tree.descendantsOf('100000'), ...composites.ids()];

test('an exact name comes first: 洋县 before 沙洋县', () => {
  expect(names.search('洋县', keys)[0]).toBe('610723');
});
test('English names and aliases are searched too', () => {
  expect(names.search('yang county', keys)[0]).toBe('610723');
  expect(names.search('大西安', keys)).toContain('xian-metro');
  expect(names.search('西安都市圈', keys)[0]).toBe('xian-metro');
});
test('both names, the interface language first', () => {
  expect(names.both('610723', 'zh')).toBe('洋县 Yang County');
  expect(names.both('610723', 'en')).toBe('Yang County 洋县');
});

import { describe, expect, it } from 'vitest';
import clusters from '../../data/regions/clusters.json';
import groups from '../../data/regions/groups.json';
import metros from '../../data/regions/metros.json';
import pilots from '../../data/regions/pilots.json';
import regions from '../../data/regions/regions.json';
import zones from '../../data/regions/zones.json';
import { COMPOSITE_KINDS } from '../../src/domain/region.ts';
import { REGISTRY } from '../../src/regions/registry.ts';
import { validateRegistry } from '../../src/regions/validate-registry.ts';

/** A minimal valid region; tests change one thing each. */
function createRegion(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    zh: `${id}名`,
    en: id,
    kind: 'metro',
    aliases: [],
    versions: [
      {
        id: `${id}@2020`,
        validFrom: '2020-01-01',
        source: { title: '某规划', issuer: '某部门', date: '2020-01-01' },
        members: [{ code: '610100', name: '西安市' }],
      },
    ],
    ...overrides,
  };
}

function withVersions(id: string, ...versions: Record<string, unknown>[]): Record<string, unknown> {
  return createRegion(id, {
    versions: versions.map((v, i) => ({
      id: `${id}@v${i}`,
      validFrom: '2020-01-01',
      source: { title: '某规划', issuer: '某部门', date: '2020-01-01' },
      members: [{ code: '610100', name: '西安市' }],
      ...v,
    })),
  });
}

describe('the shipped registry', () => {
  it('loads and validates', () => {
    expect(REGISTRY.length).toBeGreaterThan(40);
  });

  it('keeps each kind in its own file', () => {
    const files = { cluster: clusters, metro: metros, zone: zones, pilot: pilots, group: groups, region: regions };
    for (const [kind, list] of Object.entries(files)) {
      expect(list.length, kind).toBeGreaterThan(0);
      for (const r of list) expect(r.kind, r.id).toBe(kind);
    }
    expect(Object.keys(files).sort()).toEqual([...COMPOSITE_KINDS].sort());
  });

  it('has unique region and version ids', () => {
    const ids = REGISTRY.map((r) => r.id);
    const versionIds = REGISTRY.flatMap((r) => r.versions.map((v) => v.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(versionIds).size).toBe(versionIds.length);
  });

  it('gives every version a source with title, issuer and date', () => {
    for (const v of REGISTRY.flatMap((r) => r.versions)) {
      expect(v.source.title, v.id).not.toBe('');
      expect(v.source.issuer, v.id).not.toBe('');
      expect(v.source.date, v.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('explains every unverified version in a note', () => {
    for (const v of REGISTRY.flatMap((r) => r.versions).filter((v) => v.unverified)) {
      expect(v.note ?? v.source.where, v.id).toBeTruthy();
    }
  });
});

describe('validateRegistry', () => {
  it('accepts a minimal registry', () => {
    expect(validateRegistry([createRegion('a-metro')])).toHaveLength(1);
  });

  it.each([
    ['a non-array', {}, /expected an array/],
    ['an unknown kind', [createRegion('a', { kind: 'city' })], /kind "city"/],
    ['a non-kebab id', [createRegion('A_Metro')], /kebab-case/],
    ['a missing zh name', [createRegion('a', { zh: '' })], /zh must be a non-empty string/],
    ['no versions', [createRegion('a', { versions: [] })], /versions must be a non-empty array/],
    ['a bad member code', [withVersions('a', { members: [{ code: '6101', name: '西安市' }] })], /not a six-digit code/],
    ['a bad date', [withVersions('a', { validFrom: '2020/01/01' })], /validFrom "2020\/01\/01"/],
    ['an area without source', [withVersions('a', { publishedAreaKm2: 100 })], /needs a publishedAreaSource/],
  ])('rejects %s', (_label, input, message) => {
    expect(() => validateRegistry(input)).toThrow(message);
  });

  it('rejects duplicate region ids', () => {
    expect(() => validateRegistry([createRegion('a'), createRegion('a', { zh: '另一个' })])).toThrow(/id a is used twice/);
  });

  it('rejects a name shared by two regions, even written differently', () => {
    const a = createRegion('a', { zh: '杭州、宁波“双城记”' });
    const b = createRegion('b', { aliases: ['杭州宁波双城记'] });
    expect(() => validateRegistry([a, b])).toThrow(/also a name of a/);
  });

  it('rejects versions out of date order', () => {
    const r = withVersions('a', { validFrom: '2021' }, { validFrom: '2020-06-01' });
    expect(() => validateRegistry([r])).toThrow(/increasing validFrom/);
  });

  it('rejects a member listed twice', () => {
    const twice = [{ code: '610100', name: '西安市' }, { code: '610100', name: '西安市' }];
    expect(() => validateRegistry([withVersions('a', { members: twice })])).toThrow(/listed twice/);
  });

  it('rejects a county listed with its own prefecture', () => {
    const nested = [{ code: '610100', name: '西安市' }, { code: '610114', name: '阎良区' }];
    expect(() => validateRegistry([withVersions('a', { members: nested })])).toThrow(/610114 阎良区 lies inside member 610100/);
  });

  it('rejects empty members unless the region has children', () => {
    const empty = withVersions('group', { members: [] });
    expect(() => validateRegistry([empty])).toThrow(/no members and no child regions/);
    expect(validateRegistry([empty, createRegion('child', { parent: 'group' })])).toHaveLength(2);
  });

  it('rejects an unknown parent', () => {
    expect(() => validateRegistry([createRegion('a', { parent: 'nowhere' })])).toThrow(/parent nowhere/);
  });

  it('rejects a version name that is not one of the region names', () => {
    expect(() => validateRegistry([withVersions('a', { name: '别名' })])).toThrow(/not the zh name or an alias/);
  });
});

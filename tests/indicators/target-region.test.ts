import { describe, expect, test } from 'vitest';
import type { Place, Task } from '../../src/domain/task.ts';
import { documentRegion, targetRegion } from '../../src/indicators/target-region.ts';
import { shippedDocuments } from '../joins/fixtures.ts';

const docs = shippedDocuments();
const task = (id: string): Task => docs.flatMap((d) => d.tasks).find((t) => t.id === id)!;
const issuerOf = (id: string) => documentRegion(docs.find((d) => d.document.id === id)!.document)!;

describe('whose commitment a target is', () => {
  test('documents: the nation is 100000, a province or county its own code', () => {
    expect(issuerOf('national-2022-key-tasks')).toEqual({ key: '100000', name: '全国', level: 'country', code: '100000' });
    expect(issuerOf('yangxian-2023-work-points')).toMatchObject({ key: '610723', level: 'county' });
    expect(documentRegion({ level: null, region: null })).toBeNull();
  });

  test('places named elsewhere in the task do not take the target: 浙江’s 10 national demonstration counties, 陕西’s 15', () => {
    const zj = task('zhejiang-2023-work-points/10');
    expect(zj.places.map((p) => p.regionId)).toEqual(['zj-mountain-island-counties']);
    expect(targetRegion(zj.targets[1]!, zj.places, issuerOf('zhejiang-2023-work-points')).key).toBe('330000');
    const sx = task('shaanxi-2023-key-tasks/9');
    expect(sx.places.map((p) => p.fullName)).toEqual(['陕西省', '富平县', '三原县', '岐山县']);
    expect(targetRegion(sx.targets[0]!, sx.places, issuerOf('shaanxi-2023-key-tasks')).key).toBe('610000');
  });

  // No shipped target names a place in its own clause; these move a task's place mention into the target's clause.
  const into = (p: Place, span: readonly [number, number]): Place => ({ ...p, span: [span[0], span[0] + 2], spans: [[span[0], span[0] + 2]] });
  test('a county of the issuing province named in the clause takes it; so does a composite', () => {
    const sx = task('shaanxi-2023-key-tasks/9');
    const target = sx.targets[0]!;
    const fuping = into(sx.places.find((p) => p.code === '610528')!, target.span);
    expect(targetRegion(target, [fuping], issuerOf('shaanxi-2023-key-tasks'))).toEqual({ key: '610528', name: '富平县', level: 'county', code: '610528' });
    const zj = task('zhejiang-2023-work-points/10');
    const mountain = into(zj.places[0]!, zj.targets[1]!.span);
    expect(targetRegion(zj.targets[1]!, [mountain], issuerOf('zhejiang-2023-work-points'))).toMatchObject({ key: 'zj-mountain-island-counties', level: 'composite', code: null });
  });

  test('the issuer itself, a place outside it, or two places: the issuer keeps the target', () => {
    const sx = task('shaanxi-2023-key-tasks/9');
    const target = sx.targets[0]!;
    const issuer = issuerOf('shaanxi-2023-key-tasks');
    const [shaanxi, fuping, sanyuan] = [sx.places[0]!, sx.places[1]!, sx.places[2]!].map((p) => into(p, target.span));
    expect(targetRegion(target, [shaanxi!], issuer).key).toBe('610000');
    expect(targetRegion(target, [fuping!, sanyuan!], issuer).key).toBe('610000');
    const elsewhere = { ...fuping!, code: '330100', fullName: '杭州市' };
    expect(targetRegion(target, [elsewhere], issuer).key).toBe('610000');
  });
});

import { expect, test } from 'vitest';
import { shortName } from '../../src/domain/place-names.ts';

test.each([
  ['陕西省', 'province', '陕西'],
  ['广西壮族自治区', 'province', '广西'],
  ['新疆维吾尔自治区', 'province', '新疆'],
  ['香港特别行政区', 'province', '香港'],
  ['西安市', 'prefecture', '西安'],
  ['恩施土家族苗族自治州', 'prefecture', '恩施'],
  ['楚雄彝族自治州', 'prefecture', '楚雄'],
  ['锡林郭勒盟', 'prefecture', '锡林郭勒'],
  ['大兴安岭地区', 'prefecture', '大兴安岭'],
  ['富平县', 'county', '富平'],
  ['高陵区', 'county', '高陵'],
  ['积石山保安族东乡族撒拉族自治县', 'county', '积石山'],
  ['鄂伦春自治旗', 'county', '鄂伦春'],
  ['华阳镇', 'town', '华阳'],
  ['戚氏街道', 'town', '戚氏'],
] as const)('%s → %s', (name, level, short) => expect(shortName(name, level)).toBe(short));

test.each([
  ['洋县', 'county'],
  ['北京市', 'province'],
] as const)('%s keeps no one-character short form', (name, level) => {
  expect(shortName(name, level)?.length ?? 2).toBeGreaterThanOrEqual(2);
});

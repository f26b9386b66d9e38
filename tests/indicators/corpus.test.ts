import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { withIndicators } from '../../src/indicators/with-indicators.ts';

// The four corpus documents are read where they are (never copied into the project); without them this is skipped.
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const present = existsSync(CORPUS);

type Row = [clause: string, expected: string | null, why: string];

/** Every target the extractor reads in the corpus, checked by hand against the text. */
const REVIEWED: Record<string, Row[]> = {
  '02_tuidong-1yi-feihuji-luohu-fangan-2016.txt': [
    ['户籍人口城镇化率年均提高1个百分点以上', 'urbanization-rate-registered 1 个百分点/年', 'an increase per year, beside the level'],
    ['年均转户1300万人以上', 'hukou-settlement 13000000 人/年', 'people settled per year'],
    ['全国户籍人口城镇化率提高到45%', 'urbanization-rate-registered 45 %', 'the level by 2020'],
    ['各地区户籍人口城镇化率与常住人口城镇化率差距比2013年缩小2个百分点以上', null, 'the gap between the two rates'],
  ],
  '03_henan-huji-gaige-shishi-yijian-2014.txt': [['全省常住人口城镇化率达到56%', 'urbanization-rate-resident 56 %', 'the level by 2020']],
  '04_wufei-chengshi-shidian-gongzuo-fangan-2018.txt': [
    ['在全国范围内选择10个左右', null, 'pilot cities chosen'],
    ['规模养殖场粪污处理设施装备配套率达到95%以上', 'manure-facility-rate 95 %', ''],
    ['畜禽粪污综合利用率达到75%以上', 'livestock-manure-utilization-rate 75 %', ''],
    ['秸秆综合利用率达到85%以上', 'straw-utilization-rate 85 %', ''],
    ['重点用膜区当季地膜回收率达到80%以上', 'film-recovery-rate 80 %', 'the national indicator is for the main film-using areas'],
  ],
  '05_nongye-jixiehua-zhuanxing-shengji-yijian-2018.txt': [
    ['全国农机总动力超过10亿千瓦', null, 'total machinery power: not among what urbanization plans commit to'],
    ['其中灌排机械动力达到1.2亿千瓦', null, 'a part (其中) of the total'],
    ['全国农作物耕种收综合机械化率达到70%', 'crop-mechanization-rate 70 %', 'by 2020'],
    ['全国农机总动力稳定在11亿千瓦左右', null, 'total machinery power, as above'],
    ['其中灌排机械动力达到1.3亿千瓦', null, 'a part (其中) of the total'],
    ['全国农作物耕种收综合机械化率达到75%', 'crop-mechanization-rate 75 %', 'by 2025'],
    ['区）农作物耕种收综合机械化率达到55%', null, 'hilly counties only: a part'],
    ['收获机械化率均达到45%', null, 'potato sowing and harvesting, one value (均)'],
    ['棉花收获机械化率达到60%', null, 'a crop’s own rate, not in the registry'],
    ['收获机械化率分别达到65%', null, 'paired by position (分别)'],
    ['收获机械化率分别达到65%和55%', null, 'paired by position (分别)'],
    ['收获机械化率分别达到50%', null, 'paired by position (分别)'],
    ['收获机械化率分别达到50%和65%', null, 'paired by position (分别)'],
    ['甘蔗收获机械化率达到30%', null, 'a crop’s own rate, not in the registry'],
    ['水产养殖和农产品初加工机械化率总体达到50%左右', null, 'four kinds of work share one value (总体)'],
  ],
};

describe.skipIf(!present)('the corpus documents (../shared/corpus), target by target', () => {
  const gazetteer = present ? loadGazetteer() : null;
  test.each(Object.entries(REVIEWED))('%s', (file, rows) => {
    const doc = withIndicators(extractDocument(readFileSync(join(CORPUS, file)), { gazetteer: gazetteer! }));
    // Goal items (主要目标) are framing: their targets are read from there, first.
    const holders = [...(doc.framing ?? []), ...doc.tasks];
    const got = holders.flatMap((h) => h.targets.map((g) => [g.text, g.indicator ? `${g.indicator.id} ${g.indicator.value} ${g.indicator.unit}` : null]));
    expect(got).toEqual(rows.map(([clause, expected]) => [clause, expected]));
  });
});

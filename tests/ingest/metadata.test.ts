import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { SourceDocument } from '../../src/domain/document.ts';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { levelFromIssuer } from '../../src/extract/metadata.ts';
import { loadGazetteer } from '../../data/gazetteer/load.ts';
import { source, sourceIndex } from '../extract/fixtures.ts';

const gazetteer = loadGazetteer();
const detect = (bytes: Uint8Array | string) => extractDocument(bytes, { gazetteer }).document;
type Field = 'issuer' | 'date' | 'year' | 'docNumber' | 'level' | 'region';

/**
 * Which catalogued facts each shipped document prints (data/sources/index.json's notes say where the others come
 * from): those must be detected as catalogued, the rest must come out null, never wrong.
 */
const PRINTED: Record<string, Field[]> = {
  'shaanxi-2023-key-tasks': ['issuer', 'date', 'year', 'docNumber', 'level', 'region'],
  'shaanxi-2022-county-towns': [],
  'yangxian-2023-work-points': ['issuer', 'date', 'year', 'docNumber', 'level', 'region'],
  'zhejiang-2023-work-points': ['issuer', 'date', 'year', 'docNumber', 'level', 'region'],
  'national-2022-key-tasks': ['issuer', 'date', 'year', 'level', 'region'],
};

describe('metadata of the five shipped documents, detected from their text alone', () => {
  test.each(sourceIndex().map((d) => [d.id, d] as [string, SourceDocument]))('%s', (id, meta) => {
    const found = detect(source(id).bytes);
    expect(found.title).toBe(meta.title);
    for (const field of ['issuer', 'date', 'year', 'docNumber', 'level', 'region'] as Field[]) {
      expect(found[field], field).toEqual(PRINTED[id]!.includes(field) ? meta[field] : null);
    }
  });
});

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const corpusFile = (name: string) => readFileSync(join(CORPUS, name));

// Facts as /work/shared/corpus/README.md lists them (issuer, number, date); titles as printed.
describe.skipIf(!existsSync(CORPUS))('metadata of the corpus documents (other issuers, other layouts)', () => {
  test.each([
    ['02_tuidong-1yi-feihuji-luohu-fangan-2016.txt', { title: '推动1亿非户籍人口在城市落户方案', issuer: '国务院办公厅', docNumber: '国办发〔2016〕72号', date: '2016-09-30', level: 'national', region: null }],
    ['03_henan-huji-gaige-shishi-yijian-2014.txt', { title: '河南省人民政府关于深化户籍制度改革的实施意见', issuer: '河南省人民政府', docNumber: '豫政〔2014〕83号', date: '2014-11-04', level: 'province', region: { code: '410000', name: '河南省' } }],
    ['04_wufei-chengshi-shidian-gongzuo-fangan-2018.txt', { title: '“无废城市”建设试点工作方案', issuer: '国务院办公厅', docNumber: '国办发〔2018〕128号', date: '2018-12-29', level: 'national', region: null }],
    ['05_nongye-jixiehua-zhuanxing-shengji-yijian-2018.txt', { title: '国务院关于加快推进农业机械化和农机装备产业转型升级的指导意见', issuer: '国务院', docNumber: '国发〔2018〕42号', date: '2018-12-21', level: 'national', region: null }],
  ])('%s', (file, facts) => {
    expect(detect(corpusFile(file))).toMatchObject(facts);
  });
});

describe('level and region from the issuer', () => {
  test.each([
    ['洋县人民政府', 'county', '610723'],
    ['洋县人民政府办公室', 'county', '610723'],
    ['陕西省发展和改革委员会', 'province', '610000'],
    ['中共陕西省委办公厅', 'province', '610000'],
    ['汉中市人民政府', 'prefecture', '610700'],
    ['西安市新城区人民政府', 'county', '610102'],
    ['国务院办公厅', 'national', null],
    ['国家发展改革委', 'national', null],
    ['财政部', 'national', null],
    ['新城区人民政府', null, null],
    ['省发展改革委', null, null],
  ])('%s → %s %s', (issuer, level, code) => {
    const found = levelFromIssuer(issuer, gazetteer);
    expect(found.level).toBe(level);
    expect(found.region?.code ?? null).toBe(code);
  });
});

test('a date in Chinese numerals and a number cited in brackets', () => {
  const text = ['汉中市人民政府关于印发汉中市推进新型城镇化实施方案的通知', '汉政发〔2024〕3号', '各县区人民政府：', '根据《陕西省实施方案》（陕政发〔2023〕9号），现将《汉中市推进新型城镇化实施方案》印发给你们。', '汉中市人民政府', '二〇二四年三月十一日', '一、总体要求', '（一）推进落户。到2025年新增城镇人口5万人。（市公安局）'].join('\n');
  expect(detect(text)).toMatchObject({ title: '汉中市推进新型城镇化实施方案', issuer: '汉中市人民政府', date: '2024-03-11', docNumber: '汉政发〔2024〕3号', level: 'prefecture', region: { code: '610700' } });
  expect(detect(text.replace('汉政发〔2024〕3号\n', ''))).toMatchObject({ docNumber: null });
});

// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { createIndicatorTimeline } from '../../src/charts/indicator-timeline.ts';
import { crossLevel } from '../../src/indicators/cross-level.ts';
import { indicatorTimelineData } from '../../src/indicators/timeline-data.ts';
import { sewageRateDocuments } from '../indicators/rate-fixture.ts';
import { labelledShipped } from '../indicators/shipped.ts';

const docs = labelledShipped();
const labels = { empty: '没有地区承诺此指标', undated: '未定期限', laxer: '低于上级目标' };
const dataFor = (id: string, list = docs, lang: 'zh' | 'en' = 'zh') => indicatorTimelineData(crossLevel(list, id)!, { lang, title: '时间节点', labels });
const position = (el: Element) => {
  const m = /translate\(([-\d.]+),([-\d.]+)\)/.exec(el.getAttribute('transform') ?? '')!;
  return [Number(m[1]), Number(m[2])] as const;
};
const markOf = (el: HTMLElement, label: string) => [...el.querySelectorAll('.marks .mark')].find((m) => m.querySelector('.value')!.textContent === label)!;

let el: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  el = document.createElement('div');
  document.body.append(el);
});

describe('indicator timeline', () => {
  test('农民工补贴性培训: a lane per committing region, national on top, a labelled mark each', () => {
    createIndicatorTimeline(el).update(dataFor('migrant-worker-training'));
    expect([...el.querySelectorAll('.lanes .lane text')].map((t) => t.textContent)).toEqual(['全国', '陕西省', '洋县']);
    expect([...el.querySelectorAll('.marks .mark .value')].map((t) => t.textContent)).toEqual(['600万 人次', '20万 人次', '2500 人次']);
    const [nat, sx, yx] = ['600万 人次', '20万 人次', '2500 人次'].map((l) => position(markOf(el, l)));
    expect(nat![1]).toBeLessThan(sx![1]);
    expect(sx![1]).toBeLessThan(yx![1]);
    expect(nat![0]).toBeLessThan(sx![0]); // 2022 before 2023
    expect(sx![0]).toBe(yx![0]);
    expect(markOf(el, '2500 人次').querySelector('title')!.textContent).toBe('2500 人次 — 2023年完成农民工补贴性培训2500人次');
    expect([...el.querySelectorAll('.axis-years .tick text')].map((t) => t.textContent)).toEqual(['2022年', '2023年']);
    expect(el.querySelector('svg')!.getAttribute('aria-label')).toBe('时间节点: 2022年 1; 2023年 2');
  });

  test('老旧小区: compounds and households have different shapes, and the legend names both', () => {
    createIndicatorTimeline(el).update(dataFor('old-compound-renovation'));
    const unitOf = (label: string) => markOf(el, label).getAttribute('class')!.match(/unit-\d/)![0];
    expect(unitOf('2016 个')).toBe(unitOf('28 个'));
    expect(unitOf('840万 户')).toBe(unitOf('100万 户'));
    expect(unitOf('2016 个')).not.toBe(unitOf('840万 户'));
    expect(markOf(el, '2016 个').querySelector('.shape')!.getAttribute('d')).not.toBe(markOf(el, '840万 户').querySelector('.shape')!.getAttribute('d'));
    expect([...el.querySelectorAll('.chart-legend li span')].map((s) => s.textContent)).toEqual(['个小区', '户居民']);
    // 陕西's two commitments share its lane.
    expect(position(markOf(el, '2016 个'))[1]).toBe(position(markOf(el, '100万 户'))[1]);
  });

  test('a commitment without a deadline sits in its own column at the right, under its label', () => {
    createIndicatorTimeline(el, { width: 400 }).update(dataFor('rural-revitalization-demo-towns'));
    const undated = el.querySelector('.marks .mark.undated')!;
    const dated = [...el.querySelectorAll('.marks .mark:not(.undated)')];
    expect(dated).toHaveLength(2);
    for (const d of dated) expect(position(d)[0]).toBeLessThan(position(undated)[0]);
    expect(el.querySelector('.undated text')!.textContent).toBe('未定期限');
  });

  test('a laxer rate than the level above is ringed, and the legend says what the ring means', () => {
    createIndicatorTimeline(el).update(dataFor('sewage-treatment-rate-county-town', sewageRateDocuments(docs), 'en'));
    const laxer = [...el.querySelectorAll('.marks .mark.laxer .value')].map((t) => t.textContent);
    expect(laxer).toEqual(['95%', '93%']);
    expect(el.querySelector('.marks .mark:not(.laxer) .ring')!.hasAttribute('hidden')).toBe(true);
    expect(el.querySelector('.chart-legend li.laxer span')!.textContent).toBe('低于上级目标');
    expect([...el.querySelectorAll('.axis-years .tick text')].map((t) => t.textContent)).toEqual(['2022', '2023', '2024', '2025']);
  });

  test('no region commits: the empty text, no chart; marks are replaced on the next update', () => {
    const chart = createIndicatorTimeline(el);
    chart.update(dataFor('migrant-worker-training'));
    chart.update(dataFor('new-urban-jobs'));
    expect(el.querySelector('svg')!.hasAttribute('hidden')).toBe(true);
    expect(el.querySelector('.chart-empty')!.textContent).toBe('没有地区承诺此指标');
    expect(el.querySelector('.chart-empty')!.hasAttribute('hidden')).toBe(false);
    chart.update(dataFor('old-compound-renovation'));
    expect(el.querySelector('svg')!.hasAttribute('hidden')).toBe(false);
    expect([...el.querySelectorAll('.marks .mark .value')].map((t) => t.textContent)).toEqual(['840万 户', '2016 个', '100万 户', '28 个']);
    chart.destroy();
    expect(el.children).toHaveLength(0);
  });
});

import { describe, expect, test } from 'vitest';
import { at, extractShipped, placeNames, task } from '../fixtures.ts';

// 2023年陕西省推动新型城镇化高质量发展重点工作任务 (陕西省发展和改革委员会, 2023-04-23). Expected values read off the text.
const { doc, text } = extractShipped('shaanxi-2023-key-tasks');

describe('structure', () => {
  test('six sections 一…六 and twenty-five tasks （一）…（二十五）', () => {
    expect(doc.sections.map((s) => s.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(doc.sections[1]!.title).toBe('持续优化城镇空间布局和形态');
    expect(doc.tasks).toHaveLength(25);
    expect(doc.tasks.map((t) => t.label)).toEqual(Array.from({ length: 25 }, (_, i) => `(${i + 1})`));
  });

  test('tasks know their section and their lead phrase', () => {
    expect(task(doc, '(1)')).toMatchObject({ sectionSeq: 1, title: '持续深化户籍制度改革' });
    expect(task(doc, '(9)')).toMatchObject({ sectionSeq: 3, title: '推进县城补短板强弱项' });
    expect(task(doc, '(25)')).toMatchObject({ sectionSeq: 6, title: '健全投融资机制' });
  });

  test('the covering letter and the preface are not tasks', () => {
    expect(doc.tasks.some((t) => t.text.includes('经省政府同意'))).toBe(false);
    expect(doc.tasks.some((t) => t.text.includes('开局之年'))).toBe(false);
  });

  test('document facts come from the letter', () => {
    expect(doc.document).toMatchObject({ issuer: '陕西省发展和改革委员会', date: '2023-04-23', level: 'province', region: { code: '610000' } });
  });
});

describe('departments', () => {
  test('the closing parenthetical, as written, without 按职责分工负责 or 下同', () => {
    expect(task(doc, '(1)').departments).toEqual(['省公安厅', '各设区市人民政府', '杨凌示范区管委会']);
  });
  test('a body nested in another (省发展改革委（省能源局）) and companies are kept', () => {
    expect(task(doc, '(7)').departments).toEqual(['省发展改革委', '省能源局', '省生态环境厅', '省水利厅', '省林业局', '省测绘局', '中铁西安局集团', '榆林市政府']);
    expect(task(doc, '(6)').departments).toContain('西部机场集团');
  });
  test('a bank branch keeps its city: 人民银行西安分行', () => {
    expect(task(doc, '(25)').departments).toEqual(['省发展改革委', '省财政厅', '省地方金融监管局', '人民银行西安分行', '陕西证监局', '各设区市政府', '杨凌示范区管委会']);
  });
});

describe('targets', () => {
  test('20万人次 of subsidised training in 2023', () => {
    const [t] = task(doc, '(3)').targets;
    expect(t).toMatchObject({ value: 200000, unit: '人次', deadline: '2023', deadlineSource: 'text', bound: '=', approx: false });
    expect(at(text, t!.span)).toContain('20万人次');
  });
  test('1.8万个 5G base stations; 5G is no number', () => {
    expect(task(doc, '(14)').targets).toEqual([expect.objectContaining({ value: 18000, unit: '个' })]);
  });
  test('2万套（间） rental housing and 2016个 old estates (a count, not a year)', () => {
    expect(task(doc, '(13)').targets.map((t) => [t.value, t.unit, t.deadline])).toEqual([
      [20000, '套', '2023'],
      [2016, '个', '2023'],
    ]);
  });
  test('左右 is approximate; 100亿元 is 1e10 元', () => {
    expect(task(doc, '(9)').targets).toEqual([expect.objectContaining({ value: 15, unit: '个', approx: true })]);
    expect(task(doc, '(11)').targets).toContainEqual(expect.objectContaining({ value: 1e10, unit: '元', deadline: '2023' }));
  });
  test('no targets from programme names, capacities, line numbers or thresholds', () => {
    expect(task(doc, '(15)').targets).toEqual([]); // 碳达峰十大行动, 第二个履约周期
    expect(task(doc, '(7)').targets).toEqual([]); // 1500万吨/年, 三季度
    expect(task(doc, '(4)').targets).toEqual([]); // 地铁8号线, 四期
    expect(task(doc, '(5)').targets).toEqual([]); // …乾县礼泉7个组团: counts the list just given
    expect(task(doc, '(20)').targets.map((t) => t.value)).toEqual([200, 2000]); // not 30户以上自然村
  });
});

describe('deadlines', () => {
  test('6月底前 and 三季度 fall in the document year', () => {
    expect(task(doc, '(1)').deadlines).toEqual([expect.objectContaining({ deadline: '2023-06' })]);
    expect(task(doc, '(7)').deadlines).toEqual([expect.objectContaining({ deadline: '2023-Q3' })]);
  });
});

describe('places', () => {
  test('the seven 组团 of the Xi’an circle are composites of the registry', () => {
    const t = task(doc, '(5)');
    expect(t.places.filter((p) => p.kind === 'zone').map((p) => p.regionId)).toEqual([
      'xian-metro-fuping-yanliang',
      'xian-metro-gaoling-jinghe-sanyuan',
      'xian-metro-konggang-xianyang-etdz',
      'xian-metro-linwei-huazhou',
      'xian-metro-yangling-wugong-zhouzhi',
      'xian-metro-qianxian-liquan',
    ]);
    expect(t.places).toContainEqual(expect.objectContaining({ name: '西安都市圈', kind: 'metro', regionId: 'xian-metro', code: null }));
    expect(t.places).toContainEqual(expect.objectContaining({ name: '耀州', code: '610204', kind: 'county', fullName: '铜川市耀州区' }));
  });
  test('counties by official and short name', () => {
    expect(task(doc, '(9)').places.filter((p) => p.kind === 'county').map((p) => p.code)).toEqual(['610528', '610422', '610323']);
    expect(task(doc, '(6)').places).toContainEqual(expect.objectContaining({ name: '蒲城', code: '610526', fullName: '蒲城县' }));
    expect(task(doc, '(18)').places).toContainEqual(expect.objectContaining({ name: '杨凌示范区', code: '610403' }));
  });
  test('a basin, a bank branch and a railway company are not their cities', () => {
    expect(placeNames(task(doc, '(7)'))).not.toContain('鄂尔多斯');
    expect(placeNames(task(doc, '(7)'))).toContain('呼包鄂榆城市群');
    expect(placeNames(task(doc, '(25)'))).not.toContain('西安');
  });
  test('a responsible city government is a place of the task', () => {
    expect(task(doc, '(7)').places).toContainEqual(expect.objectContaining({ code: '610800' }));
  });
  test('each mention is a span onto the name as written in the original text', () => {
    for (const t of doc.tasks) {
      for (const p of t.places) {
        expect(at(text, p.span)).toBe(p.name);
        // Later mentions may use another form of the same name (西安 then 西安市).
        for (const s of p.spans) expect(p.fullName.includes(at(text, s)) || at(text, s).includes(p.name)).toBe(true);
      }
    }
  });
});

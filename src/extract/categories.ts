import type { CategoryId } from '../domain/categories.ts';
import { CATEGORY_IDS } from '../domain/categories.ts';
import { CharTrie } from '../lib/char-trie.ts';

/**
 * Words that mark each category. A task's lead phrase weighs three times its body: (五)健全配套政策体系 about
 * 人地钱挂钩 is finance and land even though its body mentions 户籍.
 */
const KEYWORDS: Record<CategoryId, string[]> = {
  hukou: ['户籍', '落户', '户口', '居住证', '市民化', '积分', '新市民', '农业转移人口'],
  'public-services': ['公共服务', '义务教育', '随迁子女', '学位', '学前教育', '幼儿园', '医疗', '医院', '卫生', '养老', '托育', '社会保险', '社保', '参保', '就医', '教育', '体育', '文化馆', '卫生健康', '均等化', '便民', '福利', '残疾人', '儿童', '救助', '殡葬', '婴幼儿'],
  employment: ['就业', '农民工', '技能', '培训', '岗位', '零工', '劳务', '职业', '创业'],
  'spatial-layout': ['城市群', '都市圈', '中心城市', '大中小城市', '空间布局', '组团', '一体化', '同城化', '副中心', '双城', '都市区', '城市体系', '超大特大城市', '先行区', '边境'],
  'county-towns': ['县城', '县域', '小城镇', '特色小镇', '示范镇', '重点镇', '小城市', '建制镇', '美丽城镇', '中心镇'],
  infrastructure: ['交通', '高铁', '高速', '公路', '铁路', '地铁', '轨道', '机场', '管网', '供水', '停车', '充电', '物流', '冷链', '基础设施', '道路', '市政', '通勤', '燃气', '邮政'],
  housing: ['住房', '保障性租赁', '老旧小区', '城市更新', '棚户区', '城中村', '房地产', '租赁住房', '保交楼', '公积金', '农房', '宜居', '人居环境', '社区'],
  resilience: ['防洪', '排涝', '内涝', '应急', '消防', '灾害', '韧性', '安全', '疫情', '传染病', '防灾', '避难', '抗震', '人防', '风险'],
  'smart-city': ['智慧', '5G', '数字', '大数据', '信息化', '信息模型', 'CIM', '算力', '千兆', '智能', '网络', '数据'],
  'green-lowcarbon': ['绿色', '低碳', '碳达峰', '节能', '垃圾', '污水', '生态', '新能源', '无废', '绿地', '绿道', '黑臭水体', '污染', '环保', '光伏', '园林', '公园'],
  governance: ['治理', '网格', '行政区划', '政务', '基层', '督导', '考核', '枫桥', '统筹协调', '督促', '部际', '联席会议', '责任', '组织调度', '任务分解', '政策落地', '联动实施', '监测评价'],
  'urban-rural': ['城乡融合', '乡村', '农村', '试验区', '搬迁', '安置区', '城乡', '村庄', '乡镇', '县乡村', '入乡'],
  land: ['土地', '用地', '宅基地', '标准地', '入市', '亩均', '国土空间', '增减挂钩', '承包', '批而未供', '闲置'],
  finance: ['投融资', '融资', '债券', '投资', '资金', '金融', 'REITs', 'REITS', 'PPP', '财政', '信贷', '奖补', '奖励资金', '预算内', '资本'],
  talent: ['人才', '英才', '科技人才', '工程师', '三支一扶', '高校毕业生', '引才', '专业技术人才', '科技型', '高新技术企业', '研发', '创新驱动', '创新型'],
  'culture-heritage': ['历史文化', '文物', '非物质文化遗产', '文化遗产', '传统村落', '古城', '图书馆', '博物馆', '风貌', '文化'],
};

// One pass over the text for all keywords (overlaps included: 城乡融合 also counts 城乡), counted by keyword
// index: one search per keyword was an eighth of extraction time.
const KEYWORD_LIST = CATEGORY_IDS.flatMap((id) => KEYWORDS[id].map((word) => ({ id, word })));
const KEYWORD_TRIE = new CharTrie<number>();
KEYWORD_LIST.forEach((k, index) => KEYWORD_TRIE.add(k.word, index));

// Reused across calls, and reset through the list of keywords seen: allocating a typed array per call showed in
// profiles.
const COUNTS = new Uint16Array(KEYWORD_LIST.length);
const SEEN: number[] = [];

/** Per category: how often each of its keywords occurs, each keyword capped at `cap`. */
function keywordScores(text: string, cap: number, weight: number, into: Map<CategoryId, number>): void {
  KEYWORD_TRIE.scan(text, (index) => {
    if (COUNTS[index]!++ === 0) SEEN.push(index);
  });
  for (const k of SEEN) {
    const id = KEYWORD_LIST[k]!.id;
    into.set(id, (into.get(id) ?? 0) + weight * Math.min(COUNTS[k]!, cap));
    COUNTS[k] = 0;
  }
  SEEN.length = 0;
}

/** One to three categories for a task, strongest first. */
export function categorize(title: string, body: string): CategoryId[] {
  const score = new Map<CategoryId, number>();
  keywordScores(title, 2, 3, score);
  keywordScores(body, 3, 1, score);
  const scores = CATEGORY_IDS.map((id) => ({ id, score: score.get(id) ?? 0 }));
  const ranked = scores.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
  if (ranked.length === 0) return ['governance'];
  const top = ranked[0]!.score;
  return ranked.filter((s, k) => k === 0 || s.score >= Math.max(3, top * 0.5)).slice(0, 3).map((s) => s.id);
}

/** The fixed task categories, with their labels: the one place they are defined. */
export const CATEGORIES = [
  { id: 'hukou', zh: '户籍与市民化', en: 'Hukou & citizenisation' },
  { id: 'public-services', zh: '基本公共服务', en: 'Public services' },
  { id: 'employment', zh: '就业与培训', en: 'Employment & training' },
  { id: 'spatial-layout', zh: '城镇空间布局', en: 'Spatial layout' },
  { id: 'county-towns', zh: '县城与小城镇', en: 'County towns' },
  { id: 'infrastructure', zh: '基础设施', en: 'Infrastructure' },
  { id: 'housing', zh: '住房与城市更新', en: 'Housing & renewal' },
  { id: 'resilience', zh: '韧性与安全', en: 'Resilience & safety' },
  { id: 'smart-city', zh: '智慧城市', en: 'Smart city' },
  { id: 'green-lowcarbon', zh: '绿色低碳', en: 'Green & low-carbon' },
  { id: 'governance', zh: '城市治理', en: 'Governance' },
  { id: 'urban-rural', zh: '城乡融合', en: 'Urban–rural integration' },
  { id: 'land', zh: '土地制度', en: 'Land' },
  { id: 'finance', zh: '投融资', en: 'Finance' },
  { id: 'talent', zh: '人才', en: 'Talent' },
  { id: 'culture-heritage', zh: '历史文化', en: 'Culture & heritage' },
] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];

export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);

export function isCategoryId(x: unknown): x is CategoryId {
  return typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x);
}

import type { FramingKind } from '../domain/task.ts';

// Lead phrases of items that frame the work instead of assigning it.
const KINDS: Array<[FramingKind, string[]]> = [
  ['background', ['重大意义', '重要意义', '发展基础', '现实基础', '工作基础', '发展现状', '基本情况', '形势要求', '面临形势', '形势任务', '发展形势', '发展环境', '发展背景', '总体背景', '背景']],
  ['principles', ['指导思想', '基本原则', '工作原则', '总体要求', '总体思路', '基本思路', '工作思路', '发展思路', '战略定位', '发展定位', '总体定位', '功能定位']],
  ['goals', ['主要目标', '发展目标', '工作目标', '试点目标', '总体目标', '建设目标', '预期目标', '目标任务', '主要指标', '具体目标', '阶段目标', '近期目标', '远期目标', '规划目标', '改革目标']],
  ['scope', ['试点范围', '实施范围', '适用范围', '规划范围', '覆盖范围', '试点期限', '实施期限', '规划期限', '试点时间', '试点内容']],
];

const KIND_OF = new Map<string, FramingKind>(KINDS.flatMap(([kind, words]) => words.map((w): [string, FramingKind] => [w, kind])));
const WORD = [...KIND_OF.keys()].sort((a, b) => b.length - a.length).join('|');
// The whole lead phrase is framing words, perhaps two joined (指导思想和基本原则), perhaps with a year (2025年目标).
const FRAMING_PHRASE = new RegExp(`^(?:(?:19|20)\\d{2}年)?(${WORD})(?:(?:和|与|及|、)(${WORD}))?$`);

/**
 * The framing kind of an item or section by its lead phrase (up to its first 。 or ：), or null when it is work.
 * Two joined phrases are goals if either is (总体思路和主要目标 holds the headline targets).
 */
export function framingKind(leadPhrase: string): FramingKind | null {
  const phrase = leadPhrase.split(/[。：:]/)[0]!.replace(/[\s*]+/g, '').replace(/[，,；;。.]+$/, '');
  const m = FRAMING_PHRASE.exec(phrase);
  if (!m) return null;
  const kinds = [m[1], m[2]].filter((w): w is string => w !== undefined).map((w) => KIND_OF.get(w)!);
  return kinds.includes('goals') ? 'goals' : kinds[0]!;
}

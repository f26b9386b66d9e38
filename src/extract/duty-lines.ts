import { splitNoteItems, type DepartmentNote } from './departments.ts';
import { DUTY_LABEL_SOURCE, roleOfLabelWord } from './roles.ts';

const DUTY_LABEL = new RegExp(DUTY_LABEL_SOURCE, 'g');
const OTHER_FIELDS = '(?:完成时限|完成时间|时间节点|时限要求|进度安排|责任领导|牵头领导|分管领导|责任人|联系人|工作目标|具体措施|主要措施|主要内容|预期成果)\\s*[：:]';
// Another field of the same line ends the list: 完成时限：, 责任领导：.
const NEXT_FIELD = new RegExp(OTHER_FIELDS, 'g');

/** A line that is one of a 分工方案's fields (责任单位：…, 完成时限：…, 具体措施：): part of the task above it. */
export const FIELD_LINE = new RegExp(`^(?:${DUTY_LABEL_SOURCE}|${OTHER_FIELDS})`);

/**
 * Responsibility written as fields instead of a parenthetical, as 分工方案 do after each measure:
 * 责任单位：省公安厅、省发展改革委 / 牵头单位：省发展改革委；配合单位：省财政厅、省自然资源厅. A list runs to the end
 * of its line, its sentence, the next field, or `stops` (where the next numbered item begins, for a copy that
 * lost its line breaks). Fields inside brackets are read with the bracket's note, not here.
 */
export function findDutyLines(text: string, inBrackets: ReadonlyArray<{ start: number; end: number }>, stops: readonly number[]): DepartmentNote[] {
  const out: DepartmentNote[] = [];
  const labels = [...text.matchAll(DUTY_LABEL)].filter((m) => !inBrackets.some((g) => m.index >= g.start && m.index < g.end));
  for (const [k, m] of labels.entries()) {
    const at = m.index;
    const from = at + m[0].length;
    // 牵头单位：A；配合单位：B — each list ends where the next field begins.
    let to = labels[k + 1]?.index ?? text.length;
    const nl = text.indexOf('\n', from);
    if (nl >= 0 && nl < to) to = nl;
    const stop = text.indexOf('。', from);
    if (stop >= 0 && stop < to) to = stop;
    for (const s of stops) if (s > from && s < to) to = s;
    NEXT_FIELD.lastIndex = from;
    const field = NEXT_FIELD.exec(text);
    if (field && field.index < to) to = field.index;
    let list = text.slice(from, to);
    const trailing = /[；;，,\s]+$/.exec(list);
    if (trailing) list = list.slice(0, trailing.index);
    const role = roleOfLabelWord(m[1]);
    // Only a role the label states is given to the items; under 责任单位 a bare list is for the note's rules.
    const items = splitNoteItems(list, from, 0).map((it) => ({ ...it, role: it.role ?? (role === 'resp' ? null : role) }));
    if (items.length === 0) continue;
    out.push({ start: at, end: from + list.length, opened: false, standing: [], firstIsLead: false, items });
  }
  return out;
}

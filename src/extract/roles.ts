import type { DepartmentRole } from '../domain/task.ts';

// Role words at the end of a body's name, longest first. Each is cut off; the role it names goes with the body.
const ROLE_TAILS: Array<[RegExp, DepartmentRole | null]> = [
  [/(?:牵头负责|负责牵头|牵头)$/, 'lead'],
  [/(?:指导)$/, 'guide'],
  [/(?:参与|配合|协助|协同|协办)$/, 'support'],
  [/(?:按职责分工负责|按职责负责|分工负责|负责统筹协调|统筹协调|负责落实|共同负责|具体负责|负责实施|组织实施|负责|落实)$/, 'resp'],
  [/(?:等有关部门|等相关部门|等部门|等单位|等)$/, null],
];

// Every role tail and label above ends in one of these characters or holds a colon.
const MAY_HAVE_ROLE = /[头导与合助同办责调实施门位等)）]$|[：:]/;

/** 牵头单位： 配合部门： 责任单位： … : the role every body after the label has. */
export const DUTY_LABEL_SOURCE = '(?:(牵头|主办|主责|责任|实施|配合|参与|协办|协助|协同|指导)(?:单位|部门)|责任主体)\\s*[：:]';
const DUTY_LABEL_AT_START = new RegExp(`^${DUTY_LABEL_SOURCE}\\s*`);

export function roleOfLabelWord(word: string | undefined): DepartmentRole {
  if (word === undefined) return 'resp';
  if (/^(?:牵头|主办|主责)$/.test(word)) return 'lead';
  if (/^(?:配合|参与|协办|协助|协同)$/.test(word)) return 'support';
  if (word === '指导') return 'guide';
  return 'resp';
}

/**
 * A note's item with its role words cut off: 财政部牵头 → 财政部 (lead), 国家卫生计生委等部门参与 → 国家卫生计生委
 * (support), 省公安厅（牵头） → 省公安厅 (lead), 责任单位：省公安厅 → 省公安厅. `role` is null when the item names
 * none, so that the note's own rules decide (bodies after a lead support it; 列第一位者为牵头单位).
 */
export function cutRoleWords(item: string): { name: string; role: DepartmentRole | null } {
  let s = item.trim().replace(/^[由和及与]/, '');
  // Most items are bare names: nothing to cut (this runs for every item of every note).
  if (!MAY_HAVE_ROLE.test(s)) return { name: s, role: null };
  let role: DepartmentRole | null = null;
  const label = DUTY_LABEL_AT_START.exec(s);
  if (label) {
    role = roleOfLabelWord(label[1]);
    s = s.slice(label[0].length);
  }
  const marker = /[（(](牵头|负责|配合|参与|协助|指导)[)）]$/.exec(s);
  if (marker) {
    role = roleOfLabelWord(marker[1] === '负责' ? undefined : marker[1]);
    s = s.slice(0, marker.index);
  }
  for (let i = 0; i < 4; i++) {
    const before = s;
    for (const [re, r] of ROLE_TAILS) {
      const m = re.exec(s);
      if (!m) continue;
      s = s.slice(0, m.index).trim();
      if (r && (role === null || strength(r) > strength(role))) role = r;
      break;
    }
    if (s === before) break;
  }
  return { name: s.replace(/^[由和及与]/, ''), role };
}

const STRENGTH: Record<DepartmentRole, number> = { lead: 3, resp: 2, support: 1, guide: 0 };

/** Which role wins when a body is named twice in a task: lead > resp > support > guide. */
export function strength(role: DepartmentRole): number {
  return STRENGTH[role];
}

/**
 * Roles of one note's items in order. An item's own role word wins, and a role word closing a clause covers the
 * clause (国家发展改革委、财政部牵头: both lead). Bodies without a role after a lead support it; when the document
 * says 列第一位者为牵头单位, the first body leads and the rest support; otherwise a bare body is responsible.
 */
export function assignRoles(items: ReadonlyArray<{ role: DepartmentRole | null; clause: number }>, firstIsLead: boolean): DepartmentRole[] {
  // The role of a clause is the one its last item names (财政部牵头 closing 国家发展改革委、财政部牵头); a marker on
  // an earlier item (省教育厅（牵头）、省财政厅) is that item's own.
  const clauseRole = new Map<number, DepartmentRole | null>();
  for (const it of items) clauseRole.set(it.clause, it.role);
  const roles: Array<DepartmentRole | null> = items.map((it) => it.role ?? clauseRole.get(it.clause) ?? null);
  const hasLead = roles.includes('lead');
  if (firstIsLead && !hasLead && roles.length > 0 && (roles[0] === null || roles[0] === 'resp')) roles[0] = 'lead';
  let seenLead = false;
  return roles.map((r) => {
    const out: DepartmentRole = r === 'lead' ? 'lead' : r === 'guide' ? 'guide' : r === 'support' || seenLead ? 'support' : 'resp';
    if (out === 'lead') seenLead = true;
    return out;
  });
}

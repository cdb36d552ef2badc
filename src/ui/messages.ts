import type { Deadlines } from '../core/session/index.js';
import type { Lang } from '../core/types.js';

// Interface text in both languages; question text comes from the question templates.

const en = {
  lang: 'en' as Lang,
  answerHint: (n: number) => `Answer with a number 1-${n} (empty line skips):`,
  multiHint: (n: number) => `Answer with a number 1-${n} for each right choice, e.g. ${n >= 3 ? '1 3' : '1 2'} (empty line skips):`,
  typedHint: 'Type your answer on one line (small typos are forgiven; empty line skips):',
  flagNote: '(A line with only ! flags the question as bad: it is not scored and not asked again.)',
  orderHint: (n: number) => `Type the numbers 1-${n} in the right order, e.g. ${Array.from({ length: n }, (_, i) => n - i).join(' ')} (empty line skips):`,
  recallHint: 'Type your answer on one line (empty line skips):',
  gradeHint: 'Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy:',
  reference: 'Reference answer:',
  yourAnswer: 'Your answer:',
  right: 'Right.',
  wrong: 'Wrong.',
  skipped: 'Skipped.',
  timedOut: 'Time is up for this question.',
  flagged: 'Flagged as a bad question: not scored, not asked again.',
  theAnswer: 'The answer:',
  source: 'Source:',
  scoreSoFar: (c: number, n: number) => `Score so far: ${c}/${n}`,
  score: (c: number, n: number, pct: number) => `Score: ${c}/${n} (${pct}%)`,
  time: (t: string) => `Time: ${t}`,
  missed: 'To review:',
  byTopic: 'By topic:',
  abandoned: (a: number, n: number) => `Stopped after ${a} of ${n} questions; answers so far are saved.`,
  expired: 'Time is up.',
  grades: ['Again', 'Hard', 'Good', 'Easy'] as readonly string[],
  gradeQuestion: 'How well did you know it?',
  orderMessage: 'Put these in the right order:',
  timeLeft: (total: string | null, question: string | null) =>
    [total ? `${total} left` : null, question ? `${question} for this question` : null].filter(Boolean).join(', '),
  noQuestions: 'No questions could be made from these notes (see `k8s-quiz banks` for what was found).',
  progress: (i: number, n: number) => `${i}/${n}`,
  skip: 'Skip',
  covered: 'Key points you covered:',
  notCovered: 'Key points you missed:',
  skippedCount: (n: number) => `${n} skipped`,
  flaggedCount: (n: number) => `${n} flagged`,
  flaggedList: 'Flagged as bad (`k8s-quiz flagged` lists them, `--unflag` asks one again):',
  yourOrder: 'Your order (✗ = wrong place):',
  yourPicks: 'Your picks (✓ right, ✗ wrong pick, ○ missed):',
  youTyped: 'You typed:',
  difference: 'Difference:',
  typoForgiven: 'Right, with a typo:',
  missingText: (text: string) => `missing "${text}"`,
  extraText: (text: string) => `not in the answer: "${text}"`,
  changedText: (typed: string, expected: string) => `"${typed}" → "${expected}"`,
  listSep: '; ',
  choiceHelp: '↑/↓ or 1-9 choose · enter confirm · s skip · ! bad question',
  selectHelp: '↑/↓ or a number choose · enter confirm · the last item skips · ! bad question',
  orderHelp: '↑/↓ move · space pick up / drop · enter confirm · s skip · ! bad question',
  multiHelp: '↑/↓ move · space or 1-9 pick · enter confirm · s skip · ! bad question',
  gradeHelp: '↑/↓ or a number choose · enter confirm · ! bad question',
  recallHelp: 'Type your answer on one line · an empty line skips · ! alone flags a bad question',
  typedHelp: 'Type the answer (small typos are forgiven) · an empty line skips · ! alone flags a bad question',
  more: (n: number) => `${n} items, more than fit: ↑/↓ scrolls`,
  interviewReport: (ending: 'abandoned' | 'expired' | null, summary: string) =>
    `Interview report${ending === 'abandoned' ? ' (abandoned)' : ending === 'expired' ? ' (time ran out)' : ''}: ${summary}`,
  ranOut: 'Ran out of time on:',
  reviewNext: 'Review next (`k8s-quiz drill` will bring these up first):',
  drillPlan: (dueNow: number, due: number, weak: number, fresh: number) => `${dueNow} due now; this drill: ${due} due, ${weak} weak, ${fresh} new`,
  nothingDue: (when: string) => `Nothing to drill now; the next question is due ${when}.`,
  nextDue: (when: string) => `Next due: ${when}`,
};

type Messages = typeof en;

const zh: Messages = {
  lang: 'zh',
  answerHint: (n) => `输入选项编号 1-${n}（空行跳过）：`,
  multiHint: (n) => `输入每个正确选项的编号 1-${n}，例如 ${n >= 3 ? '1 3' : '1 2'}（空行跳过）：`,
  typedHint: '在一行内输入答案（小的拼写错误不算错；空行跳过）：',
  flagNote: '（只输入 ! 的一行会把这道题标记为有问题：不计分，以后也不再出。）',
  orderHint: (n) => `按正确顺序输入编号 1-${n}，例如 ${Array.from({ length: n }, (_, i) => n - i).join(' ')}（空行跳过）：`,
  recallHint: '在一行内输入你的回答（空行跳过）：',
  gradeHint: '给自己评分：1 忘了，2 困难，3 良好，4 轻松：',
  reference: '参考答案：',
  yourAnswer: '你的回答：',
  right: '正确。',
  wrong: '错误。',
  skipped: '已跳过。',
  timedOut: '本题时间到。',
  flagged: '已标记为有问题的题目：不计分，以后不再出现。',
  theAnswer: '正确答案：',
  source: '出处：',
  scoreSoFar: (c, n) => `当前得分：${c}/${n}`,
  score: (c, n, pct) => `得分：${c}/${n}（${pct}%）`,
  time: (t) => `用时：${t}`,
  missed: '需要复习：',
  byTopic: '按主题：',
  abandoned: (a, n) => `已在第 ${a}/${n} 题后停止，已答的题目都已保存。`,
  expired: '时间到。',
  grades: ['忘了', '困难', '良好', '轻松'],
  gradeQuestion: '你掌握得怎么样？',
  orderMessage: '请排出正确顺序：',
  timeLeft: (total, question) => [total ? `总剩余 ${total}` : null, question ? `本题剩余 ${question}` : null].filter(Boolean).join('，'),
  noQuestions: '这些笔记里没有能出题的内容（用 `k8s-quiz banks` 查看识别结果）。',
  progress: (i, n) => `${i}/${n}`,
  skip: '跳过',
  covered: '你答到的要点：',
  notCovered: '你漏掉的要点：',
  skippedCount: (n) => `跳过 ${n} 题`,
  flaggedCount: (n) => `标记 ${n} 题`,
  flaggedList: '标记为有问题的题（`k8s-quiz flagged` 可查看，`--unflag` 可恢复）：',
  yourOrder: '你的顺序（✗ 表示位置不对）：',
  yourPicks: '你的选择（✓ 选对，✗ 选错，○ 漏选）：',
  youTyped: '你的输入：',
  difference: '差别：',
  typoForgiven: '正确，有拼写错误：',
  missingText: (text) => `缺少「${text}」`,
  extraText: (text) => `多了「${text}」`,
  changedText: (typed, expected) => `「${typed}」→「${expected}」`,
  listSep: '；',
  choiceHelp: '↑/↓ 或 1-9 选择 · 回车确认 · s 跳过 · ! 标记坏题',
  selectHelp: '↑/↓ 或数字选择 · 回车确认 · 最后一项跳过 · ! 标记坏题',
  orderHelp: '↑/↓ 移动 · 空格 拿起/放下 · 回车确认 · s 跳过 · ! 标记坏题',
  multiHelp: '↑/↓ 移动 · 空格或 1-9 选择 · 回车确认 · s 跳过 · ! 标记坏题',
  gradeHelp: '↑/↓ 或数字选择 · 回车确认 · ! 标记坏题',
  recallHelp: '在一行内输入你的回答 · 空行跳过 · 只输入 ! 标记坏题',
  typedHelp: '输入答案（小的拼写错误不算错）· 空行跳过 · 只输入 ! 标记坏题',
  more: (n) => `共 ${n} 项，一屏放不下：用 ↑/↓ 滚动查看`,
  interviewReport: (ending, summary) => `面试报告${ending === 'abandoned' ? '（中途停止）' : ending === 'expired' ? '（时间到）' : ''}：${summary}`,
  ranOut: '超时的题：',
  reviewNext: '接下来复习（`k8s-quiz drill` 会优先出这些题）：',
  drillPlan: (dueNow, due, weak, fresh) => `现在到期 ${dueNow} 题；本次：到期 ${due}，薄弱 ${weak}，新题 ${fresh}`,
  nothingDue: (when) => `现在没有要复习的题，下一题到期时间：${when}`,
  nextDue: (when) => `下一题到期：${when}`,
};

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

export type { Messages };

/** `Label: value`, without a space after a full-width colon. */
export function labelled(label: string, value: string): string {
  return /[：]$/.test(label) ? `${label}${value}` : `${label} ${value}`;
}

export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? `${m}m ${String(s).padStart(2, '0')}s` : `${s}s`;
}

/** Local date and time as `2026-11-27 10:28`, the same in both languages. */
export function formatWhen(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** `1:23 left, 0:20 for this question`: the countdown line of a timed question. */
export function timeLeftText(deadlines: Deadlines, now: number, m: Messages): string {
  const total = deadlines.session !== undefined ? formatClock(deadlines.session - now) : null;
  const question = deadlines.question !== undefined ? formatClock(deadlines.question - now) : null;
  return total || question ? m.timeLeft(total, question) : '';
}

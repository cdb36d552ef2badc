import type { Lang } from '../types.js';

// Every question sentence, in English and Chinese. Chosen per bank by its language, unless
// the caller fixes one (--lang).

export interface Templates {
  define(term: string, context?: string): string;
  identify(detail: string, context?: string): string;
  memberIs(title: string): string;
  memberNot(title: string): string;
  orderSteps(title: string): string;
  orderStages(title: string): string;
  acronymExpand(short: string): string;
  acronymAbbr(long: string): string;
  /** Which abbreviation names what this describes? */
  acronymFor(detail: string, context?: string): string;
  /** Type what an abbreviation stands for. */
  typedExpand(short: string): string;
  /** Type the name this describes. */
  typedName(detail: string, context?: string): string;
  /** Select every one that belongs to the group. */
  multi(title: string): string;
  cloze(about: string, blanked: string): string;
  explain(term: string, context?: string): string;
  recallSteps(title: string): string;
  /** A checklist recalled: its points, in no order. */
  recallPoints(title: string): string;
  /** `term: detail` as the reference shows it. */
  termLine(term: string, detail: string): string;
}

const en: Templates = {
  define: (term, context) => (context ? `In "${context}", what is ${term}?` : `What is ${term}?`),
  identify: (detail, context) =>
    context ? `In "${context}", which one matches this description?\n${detail}` : `Which one matches this description?\n${detail}`,
  memberIs: (title) => `Which of these belongs to "${title}"?`,
  memberNot: (title) => `Which of these does NOT belong to "${title}"?`,
  orderSteps: (title) => `Put the steps of "${title}" in the right order.`,
  orderStages: (title) => `Put the stages of "${title}" in order, first to last.`,
  acronymExpand: (short) => `What does ${short} stand for?`,
  acronymAbbr: (long) => `What is the abbreviation of ${long}?`,
  acronymFor: (detail, context) =>
    context ? `In "${context}", which abbreviation is this?\n${detail}` : `Which abbreviation is this?\n${detail}`,
  typedExpand: (short) => `What does ${short} stand for? Type it out.`,
  typedName: (detail, context) =>
    context ? `In "${context}", type the name of what this describes:\n${detail}` : `Type the name of what this describes:\n${detail}`,
  multi: (title) => `Select every one that belongs to "${title}".`,
  cloze: (about, blanked) => `Fill in the blank (${about}):\n${blanked}`,
  // `(in …)`: the context is where the term sits, not an expansion (`CRI (Container Storage Interface)` read as one).
  explain: (term, context) => (context ? `Explain: ${term} (${/^in\s/i.test(context) ? '' : 'in '}${context})` : `Explain: ${term}`),
  recallSteps: (title) => `Walk through the steps of "${title}".`,
  recallPoints: (title) => `What are the points of "${title}"?`,
  termLine: (term, detail) => (detail ? `**${term}**: ${detail}` : `**${term}**`),
};

const zh: Templates = {
  define: (term, context) => (context ? `在「${context}」中，「${term}」指的是？` : `「${term}」指的是？`),
  identify: (detail, context) =>
    context ? `在「${context}」中，哪一项符合这段描述？\n${detail}` : `哪一项符合这段描述？\n${detail}`,
  memberIs: (title) => `哪一项属于「${title}」？`,
  memberNot: (title) => `哪一项不属于「${title}」？`,
  orderSteps: (title) => `请按正确顺序排列「${title}」的步骤：`,
  orderStages: (title) => `请按先后顺序排列「${title}」的各个阶段：`,
  acronymExpand: (short) => `「${short}」的全称是？`,
  acronymAbbr: (long) => `「${long}」的缩写是？`,
  acronymFor: (detail, context) => (context ? `在「${context}」中，下面说的是哪个缩写？\n${detail}` : `下面说的是哪个缩写？\n${detail}`),
  typedExpand: (short) => `「${short}」的英文全称是？请输入。`,
  typedName: (detail, context) => (context ? `在「${context}」中，这段描述的是什么？请输入名称：\n${detail}` : `这段描述的是什么？请输入名称：\n${detail}`),
  multi: (title) => `以下哪些属于「${title}」？（多选）`,
  cloze: (about, blanked) => `填空（${about}）：\n${blanked}`,
  explain: (term, context) => (context ? `解释一下：${term}（${context}）` : `解释一下：${term}`),
  recallSteps: (title) => `请说出「${title}」的步骤。`,
  recallPoints: (title) => `「${title}」有哪些要点？`,
  termLine: (term, detail) => (detail ? `**${term}**：${detail}` : `**${term}**`),
};

const TEMPLATES: Record<Lang, Templates> = { en, zh };

export function templatesFor(lang: Lang): Templates {
  return TEMPLATES[lang];
}

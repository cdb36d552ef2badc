import type { Lang, Question } from '../types.js';

// Which language a session speaks in.

/** The interface speaks the language most questions are in, unless told otherwise. */
export function interfaceLang(questions: readonly Question[], chosen: Lang | undefined): Lang {
  if (chosen) return chosen;
  const zh = questions.filter((q) => q.lang === 'zh').length;
  return zh * 2 >= questions.length && zh > 0 ? 'zh' : 'en';
}

import type { GenerateOptions } from '../../core/questions/select.js';
import { coverageModel, sessionSeed, withoutFlagged } from '../../core/session/index.js';
import type { Bank, Lang, Question, QuestionType } from '../../core/types.js';
import { formatQuestionList, questionsJson } from '../../formats/index.js';
import type { App } from '../app.js';
import { cachedDrafts } from '../draft-heads.js';
import { pickedKeeping, type SessionBackground } from '../made-keeper.js';
import { CliError } from '../errors.js';
import { messages, type Messages } from '../../ui/messages.js';
import { flaggedIn, requireTerminal, runQuestions } from './sessions.js';

export interface QuizFlags {
  count?: number;
  type?: QuestionType[];
  topic?: string;
  seed?: number;
  lang?: Lang;
  plain?: boolean;
  json?: boolean;
}

/**
 * The questions for these flags, flagged ones left out; `quiz` and `questions --json` share
 * it so they agree.
 */
async function pick(app: App, paths: string[], flags: QuizFlags): Promise<{ questions: Question[]; notes: string[]; seed: number; banks: Bank[]; m: Messages; background?: SessionBackground }> {
  const lang = app.lang(flags.lang);
  const { collection, paths: notes } = await app.load(paths);
  const seed = sessionSeed(flags.seed, () => app.runtime.random());
  const cached = await cachedDrafts(app, collection.banks, lang);
  const options = (count: number): GenerateOptions => ({ count, seed, ...(flags.type ? { types: flags.type } : {}), ...(flags.topic ? { topic: flags.topic } : {}), ...(lang ? { lang } : {}) });
  const pickAll = (generate: (count: number) => Question[]) => withoutFlagged(generate, flags.count ?? app.settings.get('count'), flaggedIn(app));
  const { picked: questions, background } = await pickedKeeping(
    cached,
    collection.banks,
    seed,
    lang,
    (selection, kept) => pickAll((count) => selection.keptQuestions(collection.banks, { ...options(count), ...kept })),
    (generators, index) => pickAll((count) => generators.selectQuestions(() => index, options(count))),
  );
  const m = messages(lang ?? app.notesLang(collection));
  if (questions.length === 0 && (flags.topic || flags.type)) {
    const filters = m.allOf([flags.topic ? `--topic "${flags.topic}"` : '', flags.type ? `--type ${flags.type.join(',')}` : ''].filter(Boolean));
    throw new CliError(m.noMatch(filters, notes.join(', ')));
  }
  return { questions, notes, seed, banks: collection.banks, m, ...(background ? { background } : {}) };
}

export async function quizCommand(app: App, paths: string[], flags: QuizFlags): Promise<void> {
  requireTerminal(app, flags.plain);
  const { questions, notes, seed, banks, background } = await pick(app, paths, flags);
  await runQuestions(app, 'quiz', questions, notes, { ...flags, seed, coverage: coverageModel(banks), ...(background ? { background } : {}) });
}

export async function questionsCommand(app: App, paths: string[], flags: QuizFlags): Promise<void> {
  const { questions, notes, m } = await pick(app, paths, flags);
  if (flags.json) app.out(questionsJson(questions));
  else if (questions.length) app.out(formatQuestionList(questions, app.width, (type) => m.typeName(type)));
  // An empty listing is said, as a quiz on these notes would say it, not left blank.
  else throw new CliError(m.noQuestionsIn(notes.join(', ')));
}

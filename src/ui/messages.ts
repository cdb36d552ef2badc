import type { Deadlines, Invalid } from '../core/session/index.js';
import type { Bank, Lang, QuestionType } from '../core/types.js';
import type { SyncFailure } from '../io/sync.js';

// Every sentence the program says to a person, in both languages: one table each, the same
// keys (the type of `zh` is the type of `en`, so a key missing in one does not compile).
// Question text comes from the question templates; note text is the notes' own.

/** `1 file`, `2 files`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const pad2 = (n: number) => String(n).padStart(2, '0');
const clockOf = (date: Date) => `${pad2(date.getHours())}:${pad2(date.getMinutes())}`;

/** Calendar days from `now` to `date`, in local time (0 today, 1 tomorrow). */
function daysBetween(now: Date, date: Date): number {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const end = new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
  return Math.round((end - start) / DAY);
}

/** Seconds rounded, split into minutes and seconds. */
function minutesSeconds(ms: number): { m: number; s: number } {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return { m: Math.floor(seconds / 60), s: seconds % 60 };
}

/** `4 3 2 1`: an order answer's example, every number once. */
function countdown(n: number): string {
  return Array.from({ length: n }, (_, i) => n - i).join(' ');
}

/** A space where Chinese meets a digit or a Latin letter: `下一题 10 分钟后到期`. */
function spaced(text: string): string {
  return text.replace(/(\p{Script=Han})([0-9A-Za-z])/gu, '$1 $2').replace(/([0-9A-Za-z])(\p{Script=Han})/gu, '$1 $2');
}

const en = {
  lang: 'en' as Lang,

  // --plain: how to answer each kind of question.
  answerHint: (n: number) => `Answer with a number 1-${n} (empty line skips):`,
  multiHint: (n: number) => `Answer with a number 1-${n} for each right choice, e.g. ${n >= 3 ? '1 3' : '1 2'} (empty line skips):`,
  typedHint: 'Type your answer on one line (small typos are forgiven; empty line skips):',
  flagNote: '(A line with only ! flags the question as bad: it is not scored and not asked again.)',
  orderHint: (n: number) => `Type the numbers 1-${n} in the right order, e.g. ${countdown(n)} (empty line skips):`,
  recallHint: 'Type your answer on one line (empty line skips):',
  gradeHint: 'Grade yourself: 1 Again, 2 Hard, 3 Good, 4 Easy:',
  /** Why a --plain line is not an answer, said before the hint again. */
  invalid: (why: Invalid): string => {
    switch (why.kind) {
      case 'one-number':
        return `needs one number from 1 to ${why.n}${why.got ? `, got ${why.got}` : ''}`;
      case 'order-numbers':
        return `type the numbers 1-${why.n} in order, e.g. ${countdown(why.n)}`;
      case 'order-count':
        return `needs ${why.n} numbers (each of 1-${why.n} once), got ${why.got}`;
      case 'order-outside':
        return `${why.number} is not one of 1-${why.n}`;
      case 'order-twice':
        return `${why.number} is given twice: use each of 1-${why.n} once`;
      case 'multi-numbers':
        return `type the numbers of every right choice (1 to ${why.n}), e.g. ${why.n >= 3 ? '1 3' : '1 2'}`;
      case 'multi-outside':
        return `${why.number} is not a choice: the numbers go from 1 to ${why.n}`;
      case 'grade':
        return 'type 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)';
    }
  },

  // The key help under each prompt, item by item (laid out so no item is split between lines).
  help: {
    choice: ['↑/↓ or a number to choose', 'Enter to confirm', 's or the last item skips', '! flags a bad question'],
    order: ['↑/↓ to move', 'space picks up / drops', 'Enter to confirm', 's skips', '! flags a bad question'],
    multi: ['↑/↓ to move', 'space or a number to tick', 'Enter to confirm', 's skips', '! flags a bad question'],
    grade: ['↑/↓ or a number to choose', 'Enter to confirm', 's skips', '! flags a bad question'],
    typed: ['small typos are forgiven', 'Enter to send', 'an empty line skips', 'a line of only ! flags a bad question'],
    recall: ['Enter to send', 'an empty line skips', 'a line of only ! flags a bad question'],
  },

  reference: 'Reference answer:',
  yourAnswer: 'Your answer:',
  right: 'Right.',
  wrong: 'Wrong.',
  skipped: 'Skipped.',
  timedOut: 'Time is up for this question.',
  flagged: 'Flagged as a bad question: not scored, not asked again.',
  theAnswer: 'The answer:',
  rightOrder: 'The right order:',
  source: 'Source:',
  scoreSoFar: (c: number, n: number) => (n ? `Score so far: ${c}/${n}` : ''),
  score: (c: number, n: number, pct: number) => (n ? `Score: ${c}/${n} (${pct}%)` : 'Nothing answered'),
  time: (t: string) => `Time: ${t}`,
  missed: 'To review:',
  byTopic: 'By topic:',
  topicScore: (topic: string, c: number, n: number) => `${topic}: ${c}/${n}`,
  /** After a subject in the review list: why it is there when it was not answered wrongly. */
  reviewMark: { skipped: ' (skipped)', timedOut: ' (out of time)' },
  abandoned: (a: number, n: number) => (a ? `Stopped after ${a} of ${n} ${n === 1 ? 'question' : 'questions'}; answers so far are saved.` : `Stopped before the first of ${n} ${n === 1 ? 'question' : 'questions'}.`),
  expired: 'Time is up.',
  grades: ['Again', 'Hard', 'Good', 'Easy'] as readonly string[],
  gradeQuestion: 'How well did you know it?',
  orderMessage: 'Put these in the right order:',
  timeLeft: (total: string | null, question: string | null) =>
    [total ? `${total} left` : null, question ? `${question} for this question` : null].filter(Boolean).join(', '),
  noQuestions: 'No questions could be made from these notes (`k8s-quiz check` says why, file by file).',
  /** Nothing matched --topic / --type: `no questions match --topic "x" in notes/`. */
  noMatch: (filters: string, notes: string) => `no questions match ${filters}${notes ? ` in ${notes}` : ''}`,
  /** The filters of noMatch together: `--topic "x" and --type define`. */
  allOf: (items: readonly string[]) => items.join(' and '),
  /** export: the notes give no question at all. */
  noQuestionsIn: (notes: string) => `the notes give no questions: ${notes} (\`k8s-quiz check\` says why)`,
  /** export -o FILE: what was written; `leftOut` is exportLeftOut's text, or ''. */
  exportWrote: (count: number, anki: boolean, file: string, leftOut: string) =>
    `Wrote ${anki ? plural(count, 'Anki note') : plural(count, 'question')} to ${file}${anki ? ' (in Anki: File › Import)' : ''}${leftOut ? `; ${leftOut}` : ''}`,
  exportLeftOut: (n: number) => `${plural(n, 'flagged question')} left out (\`k8s-quiz flagged\` lists them)`,
  /** banks without a PATH: which bundled set it read (`zh`: the Chinese one), from `folder`. */
  bundledNotice: (zh: boolean, folder: string) => `bundled notes: ${zh ? 'Chinese' : 'English'} (${folder}) — set lang or pass a folder to choose`,
  progress: (i: number, n: number) => `${i}/${n}`,
  skip: 'Skip',
  covered: 'Key points you covered:',
  notCovered: 'Key points you missed:',
  skippedCount: (n: number) => `${n} skipped`,
  flaggedCount: (n: number) => `${n} flagged`,
  flaggedList: 'Flagged as bad (`k8s-quiz flagged` lists them, `--unflag` asks one again):',
  yourOrder: 'Your order (✓ in order, ✗ out of order):',
  yourPicks: 'Your picks (✓ right, ✗ wrong pick, ○ missed):',
  youTyped: 'You typed:',
  difference: 'Difference:',
  typoForgiven: 'A small typo, forgiven:',
  missingText: (text: string) => `missing "${text}"`,
  extraText: (text: string) => `not in the answer: "${text}"`,
  changedText: (typed: string, expected: string) => `"${typed}" → "${expected}"`,
  listSep: '; ',
  /** Where a question's answer lives, after it: ` (notes/k8s.md:10)`. */
  where: (file: string, line: number) => ` (${file}:${line})`,
  /** Something said beside a name: ` (Workloads)`. */
  aside: (text: string) => ` (${text})`,
  more: (n: number) => `${n} items, more than fit: ↑/↓ scrolls`,
  /** Where a scrolled list hides items, in the list's place (indented like its rows). */
  hidden: (direction: 'up' | 'down', n: number) => `  ${direction === 'up' ? '↑' : '↓'} ${n} more ${direction === 'up' ? 'above' : 'below'}`,
  typeName: (type: QuestionType): string => type,
  /** `1m 28s`, `49s`. */
  duration: (ms: number) => {
    const { m, s } = minutesSeconds(ms);
    return m ? `${m}m ${pad2(s)}s` : `${s}s`;
  },

  // Interviews.
  interviewReport: (ending: 'abandoned' | 'expired' | null, summary: string) =>
    `Interview report${ending === 'abandoned' ? ' (stopped)' : ending === 'expired' ? ' (time ran out)' : ''}: ${summary}`,
  stoppedEarly: (answered: number, planned: number) => `stopped early: ${answered} of ${planned} answered, too few for a grade`,
  partialAnswer: 'Typed before time ran out:',
  ranOut: 'Ran out of time on:',
  reviewNext: 'Review next (`k8s-quiz drill` will bring these up first):',

  // Drill.
  drillPlan: (dueNow: number, due: number, weak: number, fresh: number) =>
    `${dueNow} due now; this drill: ${due} due, ${weak} weak, ${fresh} new`,
  nothingDue: (when: string) => `Nothing to drill now; the next question is due ${when}.`,
  stillDue: (n: number, next: string | null) =>
    n ? `${plural(n, 'question is', 'questions are')} still due now: \`k8s-quiz drill\` again brings them up.` : `Nothing else is due now${next ? `; the next question is due ${next}` : ''}.`,
  /** When a question is next due, from now: `in 10 minutes`, `tomorrow at 09:00`. */
  relative: (date: Date, now: Date) => {
    const ms = date.getTime() - now.getTime();
    if (ms < MINUTE) return 'in under a minute';
    if (ms < HOUR) return `in ${plural(Math.round(ms / MINUTE), 'minute')}`;
    const days = daysBetween(now, date);
    if (days === 0) return `in ${plural(Math.round(ms / HOUR), 'hour')} (at ${clockOf(date)})`;
    if (days === 1) return `tomorrow at ${clockOf(date)}`;
    if (days < 7) return `in ${days} days (${formatWhen(date)})`;
    return `on ${formatWhen(date)}`;
  },

  // banks
  banks: {
    file: (file: string, title: string, banks: number) => `${file} — ${title} (${plural(banks, 'bank')})`,
    size: (bank: Bank) =>
      bank.kind === 'terms'
        ? `${plural(bank.entries.length, 'term')}${bank.sequential ? ', in order' : ''}`
        : bank.kind === 'steps'
          ? plural(bank.steps.length, 'step')
          : plural(bank.pairs.length, 'question'),
    line: (n: number) => `line ${n}`,
    /** A bank under its heading: `Control plane: 4 terms · line 10`. */
    entry: (title: string, size: string, line: string) => `${title}: ${size} · ${line}`,
    total: (files: number, banks: number, terms: number, steps: number, qa: number) =>
      `${plural(files, 'file')}, ${plural(banks, 'bank')}: ${plural(terms, 'term')}, ${plural(steps, 'step list')}, ${plural(qa, 'question and answer', 'questions and answers')}`,
  },

  // check
  check: {
    file: (file: string, entries: number, questions: number, rejected: number) =>
      `${file}: ${plural(entries, 'entry', 'entries')} → ${plural(questions, 'question')}, ${rejected} turned down`,
    questions: (total: number, types: string) => `Questions: ${total}${types ? ` (${types})` : ''}`,
    typeCount: (type: QuestionType, n: number) => `${type} ${n}`,
    turnedDown: (n: number) => `Turned down: ${n}`,
    reason: (reason: string, n: number) => `${reason} (${EN_REASONS[reason] ?? reason}): ${n}`,
    unused: (n: number) => `Lines that made no question: ${n}`,
    moreUnused: (n: number) => `… and ${n} more (--json lists them all)`,
    /** After the few examples kept of a reason. */
    moreExamples: (n: number) => `… and ${n} more`,
  },

  // stats
  stats: {
    empty: 'No answers recorded yet. Run `k8s-quiz` to start.',
    head: (s: { sessions: number; interviews: number; answered: number; correct: number; skipped: number; flagged: number }, pct: string) =>
      `${plural(s.sessions, 'session')} (${plural(s.interviews, 'interview')}), ${plural(s.answered, 'answer')}, ${s.correct} right: ${pct}` +
      (s.skipped ? `, ${s.skipped} skipped` : '') +
      (s.flagged ? `; ${plural(s.flagged, 'question')} flagged as bad (\`k8s-quiz flagged\`)` : ''),
    due: (streak: number, today: number, week: number) => `Streak: ${plural(streak, 'day')} · due by tonight: ${today} · within 7 days: ${week}`,
    trend: (line: string, last: string) => `Recent sessions: ${line}  (last ${last})`,
    byType: 'By question type:',
    byTopic: 'By topic (weakest first):',
    missed: 'Most missed:',
    /** After a subject: ` (2 wrong, 1 right)`. */
    tally: (wrong: number, right: number) => ` (${wrong} wrong, ${right} right)`,
  },

  // history, flagged, reset
  /** Counted as `stats` counts: a skip is not an answer. */
  historyCount: (n: number, skipped: number, file: string) => `${plural(n, 'answer')}${skipped ? ` (and ${skipped} skipped)` : ''} in ${file}`,
  flaggedTotal: (n: number) => `${plural(n, 'flagged question')}; \`k8s-quiz flagged --unflag ID\` asks one again`,
  noFlagged: 'No flagged questions. During a session, ! marks a bad question.',
  unflagged: (id: string, subject: string) => `unflagged ${id} (${subject}): it can be asked again`,
  resetQuestion: (file: string) => `Start the history afresh? (${file} is kept aside, not deleted)`,
  resetNothing: 'Nothing changed.',
  resetNoHistory: 'There is no history to reset.',
  resetDone: (movedTo: string) => `History cleared: the old log was moved to ${movedTo} (delete that file to remove it for good).`,

  // sync: what it did (on stderr), and why it stopped, with what to do. `git` is git's own line.
  sync: {
    summary: (sent: number, received: number, answers: number) =>
      `sent ${plural(sent, 'new answer')}, received ${plural(received, 'new answer')}; ${plural(answers, 'answer')} in all`,
    synced: (remote: string, summary: string) => `synced with ${remote}: ${summary}.`,
    initDone: (dataDir: string, remote: string, branch: string, summary: string) => `${dataDir} syncs with ${remote} (branch ${branch}): ${summary}.`,
    initNext: 'From now on, `k8s-quiz sync` shares new answers; on another machine, run `k8s-quiz sync --init` with the same remote.',
    createdRemote: (remote: string) => `created an empty git repository at ${remote}`,
    replacedRemote: (was: string, now: string) => `the remote was ${was}; it is now ${now}`,
    restored: (lines: number) =>
      `${plural(lines, 'line')} of the synced history were missing here (after \`k8s-quiz reset\`?) and were put back: a synced history is shared by every machine and is not reset on one alone`,
    failure: (f: SyncFailure): string => {
      // git's own line, its full stop left to the sentence it is quoted in.
      const why = (git: string | undefined) => (git ?? 'git gave no reason').replace(/\.$/, '');
      switch (f.kind) {
        case 'git-missing':
          return 'git is not installed (or not on PATH): k8s-quiz sync uses git to carry the history between machines. Install git (https://git-scm.com) and try again.';
        case 'not-set-up':
          return `${f.dataDir} is not set up for sync: run \`k8s-quiz sync --init REMOTE\` first (REMOTE: a git repository URL, or a folder such as a bare repository on a USB disk)`;
        case 'no-remote':
          return 'sync --init needs a remote: a git repository URL or a folder path';
        case 'remote-is-data-dir':
          return `the remote cannot be the data dir itself (${f.remote}): give another folder or a URL`;
        case 'create-remote':
          return `could not create a repository at ${f.remote}: ${why(f.git)}. Check that the folder can be written, or give another one.`;
        case 'git':
          return `git ${f.command} failed in ${f.dataDir}: ${why(f.git)}. Nothing is lost: once that is fixed, run k8s-quiz sync again.`;
        case 'detached':
          return `${f.dataDir} is not on a branch (a detached HEAD): check it out with \`git -C ${f.dataDir} switch ${f.branch}\`, then sync again`;
        case 'unreachable':
          return `could not reach ${f.remote} (${why(f.git)}). Nothing is lost: this machine's answers are kept (committed in ${f.dataDir}) and go with the next \`k8s-quiz sync\`.`;
        case 'conflict': {
          const which = f.files.length ? f.files.join(', ') : 'some files';
          return (
            `sync stopped: the remote's changes to ${which} conflict with this machine's, and git cannot merge them by itself. ` +
            `Nothing is lost: this machine's answers are committed in ${f.dataDir} and the merge was undone. ` +
            `To finish by hand: cd ${f.dataDir} && git merge ${f.remoteBranch}, fix ${which}, git commit, then run k8s-quiz sync again.`
          );
        }
        case 'log-busy':
          return 'the answer log kept changing while merging (is a quiz running?): sync again when it is done. Nothing is lost.';
        case 'remote-busy':
          return `${f.remote} kept changing while pushing (another machine syncing?): run k8s-quiz sync again. Nothing is lost.`;
      }
    },
  },

  // The command line: what --help says, and the errors said before a command runs.
  cli: {
    program: 'Quiz yourself on your own Kubernetes / Docker study notes, in the terminal.',
    /** commander's headings, by the English commander prints. */
    titles: { 'Usage:': 'Usage:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Arguments:': 'Arguments:', 'Global Options:': 'Global Options:' } as Readonly<Record<string, string>>,
    examplesTitle: 'Examples:',
    /** What commander adds after a description: choices, the default… (English: commander's own). */
    extras: null as ((extras: { choices?: string[]; default?: string; preset?: string; env?: string }) => string) | null,
    /**
     * commander's placeholders (`[options]`, `[command]`, an argument's `<shell>`, an option's
     * `<dir>`), by the name inside the brackets: English as commander prints them.
     */
    placeholder: (name: string): string => name,
    /** After a usage error. */
    helpAfterError: '(run with --help for usage)',
    version: 'output the version number',
    help: 'display help for command',
    helpCommand: 'display help for command',
    /**
     * What each of the examples after --help does, in the order of their commands (main.ts):
     * each command within 80 columns with its description; narrower, the description goes under it.
     */
    examples: [
      'quiz on your notes, else built-in ones',
      '20 questions from one note',
      'only these types, about Pods',
      'a timed mock interview',
      'what is due, then what you miss',
      'what was found in your notes',
      'make ~/notes the default',
    ] as readonly string[],
    options: {
      dataDir: 'where history and settings live (default: $K8S_QUIZ_HOME, else the user config folder)',
      noColor: 'no colours in the output',
      noCache: 'parse every note again, without the parse cache in the data dir',
      count: 'how many questions',
      type: (types: string) => `question types, comma-separated: ${types}`,
      topic: 'only questions whose heading path or title contains this text',
      seed: 'same seed, same questions in the same order',
      lang: 'interface and question language: en or zh',
      sayLang: 'language of the messages: en or zh',
      plain: 'no colours or cursor movement; one answer per input line',
      minutes: 'time for the whole interview',
      perQuestion: 'seconds for each question (default: the time left shared by the questions left, so time saved on one goes to the next)',
      banksJson: 'print the banks as JSON',
      reportJson: 'print the report as JSON',
      json: 'print as JSON',
      jsonArray: 'as a JSON array',
      csv: 'as CSV',
      unflag: 'ask these questions again: an id as listed, or its first characters',
      yes: 'do not ask for confirmation',
      init: 'make the data dir a git repository that syncs with REMOTE (a URL or a folder, e.g. a bare repository on a USB disk)',
      format: 'Anki import file, CSV or JSON',
      output: 'write to this file (default: standard output)',
      basicNotetype: 'Anki note type for question-and-answer cards (default: Basic)',
      clozeNotetype: 'Anki note type for fill-in-the-blank cards (default: Cloze)',
    },
    args: {
      quizPaths: 'note files or folders (default: configured notes, else the bundled ones)',
      paths: 'note files or folders',
      configAction: 'get, set, unset or list',
      configKey: 'setting name',
      configValue: 'new value (for set)',
      cacheAction: 'clear',
      shell: 'bash, zsh or fish',
    },
    commands: {
      quiz: 'ask questions from your notes, score them, explain them (the default command)',
      interview: 'a timed mock interview: explain, order and choose under a countdown',
      drill: 'spaced repetition: due questions first, then the ones you miss most, then new ones',
      banks: 'show the question banks found in the notes',
      check: 'what the notes give: questions by type, what was turned down and why, lines that made nothing',
      questions: 'print the questions a quiz with the same options would ask',
      stats: 'accuracy overall, by topic and type, weakest terms, streak, what is due',
      history: 'list every recorded answer, or export it with --csv or --json',
      flagged: 'questions marked as bad during a session (key !), never asked again; --unflag to ask one again',
      config: 'settings: notes (default note paths), lang (auto|en|zh), count (questions per session)',
      reset: 'start the history afresh (the old log is kept aside, not deleted)',
      sync: 'the same history on every machine, through any git remote (run `sync --init REMOTE` once per machine)',
      export: "every question the notes give, as Anki cards (Anki's own text import), CSV or JSON",
      cache: 'parsed notes are cached in the data dir (cache/) so unchanged notes are not parsed again; `cache clear` deletes it (safe at any time)',
      completion: 'print a completion script for your shell: add `source <(k8s-quiz completion bash)` to ~/.bashrc (zsh, fish: see README)',
    },
    flaggedHelp: 'During quiz, drill or interview, press ! (or, with --plain, type a line with only !) to flag the current question.',
    /** What the completion scripts say themselves (zsh's menu headings; a script sourced too early). */
    completion: {
      command: 'command',
      option: 'option',
      value: 'value',
      needsCompinit: (program: string) => `${program}: run compinit before loading its completion (autoload -Uz compinit && compinit)`,
    },
  },

  // Usage errors: bad option values and a mistyped command.
  usage: {
    wholeNumber: (name: string, max: number, value: string) => `${name} takes a whole number from 1 to ${max}, not "${value}"`,
    seed: (value: string) => `--seed takes a whole number, not "${value}"`,
    types: (types: string, unknown: string) => `--type takes a comma-separated list of ${types}; unknown: ${unknown || '(none given)'}`,
    lang: (value: string) => `--lang takes en or zh, not "${value}"`,
    minutes: (value: string) => `--minutes takes a number of minutes above 0 and at most 600, not "${value}"`,
    topic: (value: string) => `--topic takes words to look for in the headings, not "${value}"`,
    mistyped: (word: string, command: string, suggestion: string) => `unknown command '${word}' (did you mean ${command}?): \`${suggestion}\``,
    /** `help foo`, with no command close to foo. */
    unknownCommand: (word: string) => `unknown command '${word}': \`k8s-quiz --help\` lists the commands`,
  },
  /** An error that has no words of its own in this language (commander's, or one thrown in English), said in it. */
  errorText: (message: string) => message,
  internalError: 'internal error:',

  /** `cache clear`: what was deleted, or that there was nothing to delete; a cache that cannot be deleted. */
  cache: {
    cleared: (dir: string) => `deleted the parse cache ${dir}`,
    none: (dir: string) => `no parse cache (${dir})`,
    cannotDelete: (dir: string, reason: string) => `cannot delete ${dir}: ${reason}`,
  },

  /** A yes/no question (no by default): the hint after it, the words for its answers, what a wrong key gets. */
  confirm: {
    hint: '(y/N)',
    yes: 'yes',
    no: 'no',
    invalid: 'Answer y or n',
  },

  // Warnings.
  warning: 'warning:',
  andMore: (n: number) => `… and ${n} more`,
  /** A warning about a file (`notes/a.md:3`): where, then what. */
  warningAt: (where: string, text: string) => `${where}: ${text}`,
  warningText: (message: string) => message,
};

type Messages = typeof en;

/** Loader and history warnings, said in Chinese; a message not listed stays as written. */
const ZH_WARNINGS: [RegExp, (...groups: string[]) => string][] = [
  [/^no such file or folder$/, () => '没有这个文件或文件夹'],
  [/^cannot read folder: (.*)$/, (why) => `无法读取文件夹：${why}`],
  [/^cannot read: (.*)$/, (why) => `无法读取：${why}`],
  [/^no \.md or \.markdown files in this folder$/, () => '这个文件夹里没有 .md 或 .markdown 文件'],
  [
    /^no \.md or \.markdown files in this folder; a text file is read when named: (.*?)(?: \(and (\d+) more\))?$/,
    (file, more) => `这个文件夹里没有 .md 或 .markdown 文件；文本文件要直接给出文件名才会读取：${file}${more ? `（另有 ${more} 个）` : ''}`,
  ],
  [/^skipped: binary file, not markdown$/, () => '已跳过：这是二进制文件，不是 markdown'],
  [/^skipped: not a note \(.*\)$/, () => '已跳过：不是笔记（只读 markdown 或文本文件：.md、.markdown、.txt）'],
  [/^not valid UTF-8.*$/, () => '不是有效的 UTF-8（请把笔记存成 UTF-8），无法识别的字符已被替换'],
  [/^skipped: (\d+) bytes is over the (\d+)-byte limit for a note$/, (size, max) => `已跳过：${size} 字节，超过了笔记 ${max} 字节的上限`],
  [/^skipped: more than the (\d+)-byte limit for a note$/, (max) => `已跳过：超过了笔记 ${max} 字节的上限`],
  [
    /^has the same title as (.*) \("(.*)"\); give it its own `title:` in front matter so their progress stays apart$/,
    (other, title) => `与 ${other} 的标题相同（「${title}」）；请在 front matter 里给它单独的 \`title:\`，以免两者的进度混在一起`,
  ],
  [/^front matter in "(.*)" is not read: only YAML is.*$/, (language) => `没有读取「${language}」格式的 front matter：只读 YAML（其他格式可能会执行代码）`],
  [/^"(.*)" is listed twice under "(.*)" \(first at line (\d+)\); the second is skipped$/, (term, title, line) => `「${term}」在「${title}」下出现了两次（第一次在第 ${line} 行），第二次已跳过`],
  [/^question "(.*)" has no answer line \(A: …\) after it$/, (q) => `问题「${q}」后面没有答案行（A: …）`],
  [/^(.*:\d+: )?skipped a truncated last line.*$/, (at = '') => `${at}跳过了不完整的最后一行（可能是写入时程序崩溃或被结束）`],
  [/^(.*:\d+: )?skipped a corrupted line \(not valid JSON\)$/, (at = '') => `${at}跳过了损坏的一行（不是有效的 JSON）`],
  [/^cannot use settings file (.*) \((.*)\); using default settings$/, (file, why) => `无法使用设置文件 ${file}（${zhProblem(why)}）；改用默认设置`],
  [/^settings file (.*) was corrupted \((.*)\); moved it to (.*) and using default settings$/, (file, why, moved) => `设置文件 ${file} 已损坏（${zhProblem(why)}）；已把它移到 ${moved}，改用默认设置`],
  [/^(.*:\d+: )?cannot read the history log \((.*)\)$/, (at = '', why) => `${at}无法读取答题记录（${why}）`],
  [/^skipped: not a regular file \(.*\)$/, () => '已跳过：不是普通文件（而是管道、设备或套接字）'],
  [/^answers cannot be saved to (.*?): (.*)$/, (file, why) => `答题记录无法保存到 ${file}：${zhProblem(why)}`],
  [/^(.*:\d+: )?skipped a record: (.*)$/, (at = '', why) => `${at}跳过了一条记录：${zhProblem(why)}`],
  [/^front matter in a language other than YAML is not read \(it could run code\)$/, () => '没有读取 front matter：只读 YAML 格式（其他格式可能会执行代码）'],
  [/^front matter is not valid YAML: (.*)$/, (why) => `front matter 不是有效的 YAML：${why}`],
  [/^`title:` in front matter is a list or a map, not text, so the file name is the title$/, () => 'front matter 里的 `title:` 是列表或映射，不是文字，所以用文件名作标题'],
  [
    /^`title: (.*)` in front matter is not text, so the file name is the title; write it in quotes \(title: "(.*)"\) to use it$/,
    (shown) => `front matter 里的 \`title: ${shown}\` 不是文字，所以用文件名作标题；要用它，请加上引号（title: "${shown}"）`,
  ],
  [/^skipped: this note could not be read \((.*)\)$/, (why) => `已跳过：无法读取这篇笔记（${why}）`],
  [/^lists or quotes nested more than (\d+) levels deep: the deeper levels are read as plain text$/, (n) => `列表或引用嵌套超过 ${n} 层：更深的层级按普通文字读取`],
  [
    /^line longer than (\d+) characters: only its first \d+ are read(?: \(and (\d+) more such lines?\))?$/,
    (max, more) => `这一行超过 ${max} 个字符：只读取前 ${max} 个${more ? `（还有 ${more} 行也是这样）` : ''}`,
  ],
];

/** Why a record, a settings file or a write was refused, said in Chinese; a reason not listed stays as written (an OS error code). */
function zhProblem(why: string): string {
  return translated(ZH_PROBLEMS, why) ?? why;
}

const ZH_PROBLEMS: [RegExp, (...groups: string[]) => string][] = [
  [/^not valid JSON \((.*)\)$/, (detail) => `不是有效的 JSON（${detail}）`],
  [/^not a JSON object$/, () => '不是 JSON 对象'],
  [/^bad value for "(.*)"$/, (key) => `「${key}」的值无效`],
  [/^no schema version$/, () => '没有格式版本号'],
  [/^written by a newer version of k8s-quiz \(schema v(.*)\)$/, (v) => `由更新版本的 k8s-quiz 写入（格式 v${v}）`],
  [/^no session id$/, () => '没有练习 id'],
  [/^no valid timestamp$/, () => '没有有效的时间'],
  [/^a bad record id$/, () => '记录 id 无效'],
  [/^unknown record kind (.*)$/, (kind) => `未知的记录类型 ${kind}`],
  [/^an? (.*) record with missing or bad fields$/, (kind) => `${kind} 记录缺少字段或字段有误`],
];

/** The same in English. */
const EN_REASONS: Record<string, string> = {
  label: 'an aspect of a topic, not a thing',
  giveaway: 'the prompt or a choice gives the answer away',
  'few-distractors': 'too few wrong choices of the same kind',
  'mixed-kinds': 'choices of different kinds',
  ambiguous: 'two choices alike, or both right',
  debris: 'markup, links, tables of contents and the like',
  'no-subject': 'does not say what it is about',
  instruction: 'an instruction, not a fact',
  'not-a-procedure': 'not a procedure, so no order to ask',
  'not-a-group': 'not a group',
  'too-short': 'too short',
  'too-long': 'an answer too long to grade against',
  retired: 'about a component retired long ago (Heapster, kubecfg, minions)',
  misconception: 'the note says something often repeated but wrong (ReadWriteOnce is one node, not one Pod; Secrets are not encrypted at rest by default; a PV is released with its claim, not its Pod; kube-apiserver no longer serves plain HTTP on 8080)',
};

/** What each reason a candidate question was turned down for means (the code stays, as `check --json` has it). */
const ZH_REASONS: Record<string, string> = {
  label: '是主题的某个方面，不是一样东西',
  giveaway: '题面或选项泄露了答案',
  'few-distractors': '同类的错误选项太少',
  'mixed-kinds': '选项种类不一',
  ambiguous: '有两个选项一样或都对',
  debris: '标记、链接、目录等杂项',
  'no-subject': '没说是关于什么的',
  instruction: '是操作指令，不是事实',
  'not-a-procedure': '不是流程，不能排序',
  'not-a-group': '不是一个分组',
  'too-short': '内容太短',
  'too-long': '答案太长，无法对照自评',
  retired: '讲的是早已淘汰的组件（Heapster、kubecfg、minion）',
  misconception: '笔记里是一个常见但错误的说法（ReadWriteOnce 限的是一个节点，不是一个 Pod；Secret 默认并不静态加密；PV 随 PVC 删除而释放，不随 Pod；kube-apiserver 已不再用 8080 提供 HTTP）',
};

/**
 * commander's placeholders in Chinese, by the name inside the brackets (main.ts names them):
 * `[options]` and `[command]` of the usage line, the arguments, the values options take. `shell`
 * stays: it is the word for it.
 */
const ZH_PLACEHOLDERS: Readonly<Record<string, string>> = {
  options: '选项',
  command: '命令',
  paths: '路径',
  action: '操作',
  key: '设置项',
  value: '值',
  shell: 'shell',
  dir: '目录',
  n: '数字',
  types: '题型',
  text: '文字',
  lang: '语言',
  m: '分钟',
  s: '秒',
  ids: 'ID',
  remote: '远程仓库',
  format: '格式',
  file: '文件',
  name: '名称',
};

/** Every commander placeholder in `text` (`[options]`, `<dir>`, `[paths...]`) named by `name`; the brackets and `...` stay. */
export function withPlaceholders(text: string, name: (placeholder: string) => string): string {
  return text.replace(/([<[])([\w-]+)(\.\.\.)?([>\]])/g, (_, open: string, inside: string, dots: string | undefined, close: string) => `${open}${name(inside)}${dots ?? ''}${close}`);
}

/** Errors thrown in English by the layers below, and commander's own, said in Chinese; anything else stays as written. */
const ZH_ERRORS: [RegExp, (...groups: string[]) => string][] = [
  // commander (its `(Did you mean …?)` line is handled after these)
  [/^unknown option '(.*)'$/, (flag) => `未知选项 '${flag}'`],
  [/^unknown command '(.*)'$/, (name) => `未知命令 '${name}'`],
  [/^missing required argument '(.*)'$/, (name) => `缺少必需的参数 '${ZH_PLACEHOLDERS[name] ?? name}'`],
  [/^option '(.*)' argument missing$/, (flags) => `选项 '${zhFlags(flags)}' 缺少值`],
  [/^required option '(.*)' not specified$/, (flags) => `必须给出选项 '${zhFlags(flags)}'`],
  [/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/, (name, expected, got) => `'${name}' 的参数太多：应有 ${expected} 个，实际有 ${got} 个。`],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, (expected, got) => `参数太多：应有 ${expected} 个，实际有 ${got} 个。`],
  [/^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/, (value, name, choices) => `参数 '${ZH_PLACEHOLDERS[name] ?? name}' 的值 '${value}' 无效。可选的值：${choices.split(', ').join('、')}。`],
  [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/, (flags, value, choices) => `选项 '${zhFlags(flags)}' 的值 '${value}' 无效。可选的值：${choices.split(', ').join('、')}。`],
  // the notes, the settings, the data dir
  [/^no notes could be read from (.*)$/, (paths) => `无法从 ${paths} 读取任何笔记`],
  [/^unknown setting "(.*)"; known settings: (.*)$/, (key, keys) => `没有「${key}」这个设置项；可用的设置项：${keys.split(', ').join('、')}`],
  [/^lang must be one of (.*) \(got "(.*)"\)$/, (values, got) => `lang 只能是 ${values.split(', ').join('、')} 之一（收到的是「${got}」）`],
  [/^count must be a whole number from (\d+) to (\d+) \(got "(.*)"\)$/, (min, max, got) => `count 必须是 ${min} 到 ${max} 之间的整数（收到的是「${got}」）`],
  [/^cannot save settings to (.*) \((.*)\)$/, (file, why) => `无法把设置保存到 ${file}（${why}）`],
  [/^cannot delete (.*): (.*)$/, (dir, why) => `无法删除 ${dir}：${why}`],
  [/^cannot write (.*) \((.*)\)$/, (file, why) => `无法写入 ${file}（${why}）`],
  // usage errors of the commands
  [/^input is not a terminal: add --plain to answer one line at a time \(see --help\)$/, () => '输入不是终端：加上 --plain 可以一行一行地作答（见 --help）'],
  [/^reset asks for confirmation; add --yes when input is not a terminal$/, () => 'reset 需要确认；输入不是终端时请加上 --yes'],
  [/^choose one of --json and --csv$/, () => '--json 和 --csv 只能选一个'],
  [/^config (\S+) needs a key: (.*)$/, (action, keys) => `config ${action} 需要一个设置项：${keys.split(', ').join('、')}`],
  [/^config set (.*) needs a value$/, (key) => `config set ${key} 需要一个值`],
  [/^unknown config action "(.*)": use get, set, unset or list$/, (action) => `没有「${action}」这个 config 操作：请用 get、set、unset 或 list`],
  [/^no flagged question has the id "(.*)" \(see `k8s-quiz flagged`\)$/, (id) => `没有 id 为「${id}」的已标记题目（见 \`k8s-quiz flagged\`）`],
  [/^"(.*)" names (\d+) flagged questions: give more of the id$/, (id, n) => `「${id}」对应 ${n} 道已标记的题：请多给出几个 id 字符`],
  [/^--basic-notetype and --cloze-notetype are for --format anki$/, () => '--basic-notetype 和 --cloze-notetype 只用于 --format anki'],
  [/^no questions match (.*) in (.*)$/, (filters, notes) => `${notes} 里没有符合 ${filters} 的题`],
  [/^the notes give no questions: (.*) \(`k8s-quiz check` says why\)$/, (notes) => `这些笔记出不了题：${notes}（\`k8s-quiz check\` 会说明原因）`],
  [/^answers cannot be saved: (.*) is a symbolic link, and the history is never written through one \(make it a plain file\)$/, (file) => `答题记录无法保存：${file} 是符号链接，答题记录从不经由符号链接写入（请把它换成普通文件）`],
  [
    /^cannot reset the history: (.*) cannot be moved aside \((.*): is (.*) read-only\?\); nothing was changed$/,
    (file, why, dir) => `无法清空答题记录：${file} 无法移到一边（${why}：${dir} 是不是只读的？）；没有做任何改动`,
  ],
  [/^interrupted$/, () => '已中断'],
  [/^nothing changed$/, () => '没有改动'],
];

/** An option's flags as help shows them in Chinese: `-n, --count <数字>`. */
const zhFlags = (flags: string): string => withPlaceholders(flags, (name) => ZH_PLACEHOLDERS[name] ?? name);

/** Says `text` by the first pattern of `table` it matches; unmatched, as it is. */
function translated(table: readonly [RegExp, (...groups: string[]) => string][], text: string): string | undefined {
  for (const [pattern, say] of table) {
    const found = pattern.exec(text);
    if (found) return say(...found.slice(1).map((g) => g ?? ''));
  }
  return undefined;
}

/** An error message in Chinese, line by line (commander puts its suggestion on a line of its own). */
function zhError(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      const suggestion = /^\(Did you mean (one of )?(.*)\?\)$/.exec(line);
      if (suggestion) return suggestion[1] ? `（你是不是想用 ${(suggestion[2] ?? '').split(', ').join('、')} 之一？）` : `（你是不是想用 ${suggestion[2] ?? ''}？）`;
      return translated(ZH_ERRORS, line) ?? line;
    })
    .join('\n');
}

const zh: Messages = {
  lang: 'zh',

  answerHint: (n) => `输入选项编号 1-${n}（空行跳过）：`,
  multiHint: (n) => `输入每个正确选项的编号 1-${n}，例如 ${n >= 3 ? '1 3' : '1 2'}（空行跳过）：`,
  typedHint: '在一行内输入答案（小的拼写错误不算错；空行跳过）：',
  flagNote: '（只输入 ! 的一行会把这道题标记为有问题：不计分，以后也不再出。）',
  orderHint: (n) => `按正确顺序输入编号 1-${n}，例如 ${countdown(n)}（空行跳过）：`,
  recallHint: '在一行内输入你的回答（空行跳过）：',
  gradeHint: '给自己评分：1 忘了，2 困难，3 良好，4 轻松：',
  invalid: (why) => {
    switch (why.kind) {
      case 'one-number':
        return `需要 1 到 ${why.n} 之间的一个编号${why.got ? `，收到 ${why.got} 个` : ''}`;
      case 'order-numbers':
        return `按顺序输入编号 1-${why.n}，例如 ${countdown(why.n)}`;
      case 'order-count':
        return `需要 ${why.n} 个编号（1-${why.n} 各一次），收到 ${why.got} 个`;
      case 'order-outside':
        return `没有编号 ${why.number}：编号是 1-${why.n}`;
      case 'order-twice':
        return `编号 ${why.number} 重复了：1-${why.n} 各用一次`;
      case 'multi-numbers':
        return `输入所有正确选项的编号（1 到 ${why.n}），例如 ${why.n >= 3 ? '1 3' : '1 2'}`;
      case 'multi-outside':
        return `没有选项 ${why.number}：编号是 1 到 ${why.n}`;
      case 'grade':
        return '输入 1（忘了）、2（困难）、3（良好）或 4（轻松）';
    }
  },

  help: {
    choice: ['↑/↓ 或数字选择', '回车确认', 's 或最后一项跳过', '! 标记坏题'],
    order: ['↑/↓ 移动', '空格拿起/放下', '回车确认', 's 跳过', '! 标记坏题'],
    multi: ['↑/↓ 移动', '空格或数字勾选', '回车确认', 's 跳过', '! 标记坏题'],
    grade: ['↑/↓ 或数字选择', '回车确认', 's 跳过', '! 标记坏题'],
    typed: ['小的拼写错误不算错', '回车提交', '空行跳过', '只输入 ! 标记坏题'],
    recall: ['回车提交', '空行跳过', '只输入 ! 标记坏题'],
  },

  reference: '参考答案：',
  yourAnswer: '你的回答：',
  right: '正确。',
  wrong: '错误。',
  skipped: '已跳过。',
  timedOut: '本题时间到。',
  flagged: '已标记为有问题的题目：不计分，以后不再出现。',
  theAnswer: '正确答案：',
  rightOrder: '正确顺序：',
  source: '出处：',
  scoreSoFar: (c, n) => (n ? `当前得分：${c}/${n}` : ''),
  score: (c, n, pct) => (n ? `得分：${c}/${n}（${pct}%）` : '没有作答'),
  time: (t) => `用时：${t}`,
  missed: '需要复习：',
  byTopic: '按主题：',
  topicScore: (topic, c, n) => `${topic}：${c}/${n}`,
  reviewMark: { skipped: '（已跳过）', timedOut: '（超时）' },
  abandoned: (a, n) => (a ? `进行了 ${a}/${n} 题后停止，已答的题目都已保存。` : `第一题还没答就停止了（共 ${n} 题）。`),
  expired: '时间到。',
  grades: ['忘了', '困难', '良好', '轻松'],
  gradeQuestion: '你掌握得怎么样？',
  orderMessage: '请排出正确顺序：',
  timeLeft: (total, question) => [total ? `总剩余 ${total}` : null, question ? `本题剩余 ${question}` : null].filter(Boolean).join('，'),
  noQuestions: '这些笔记里没有能出题的内容（`k8s-quiz check` 会逐个文件说明原因）。',
  noMatch: (filters, notes) => `${notes ? `${notes} 里` : ''}没有符合 ${filters} 的题`,
  allOf: (items) => items.join(' 和 '),
  noQuestionsIn: (notes) => `这些笔记出不了题：${notes}（\`k8s-quiz check\` 会说明原因）`,
  exportWrote: (count, anki, file, leftOut) =>
    `已把 ${count} ${anki ? '条 Anki 笔记' : '道题'}写入 ${file}${anki ? '（在 Anki 里用「文件 › 导入」）' : ''}${leftOut ? `；${leftOut}` : ''}`,
  exportLeftOut: (n) => `${n} 道标记为有问题的题没有导出（\`k8s-quiz flagged\` 可查看）`,
  bundledNotice: (zh, folder) => `内置笔记：${zh ? '中文' : '英文'}（${folder}）— 用 config set lang 或给出笔记文件夹来选择`,
  progress: (i, n) => `${i}/${n}`,
  skip: '跳过',
  covered: '你答到的要点：',
  notCovered: '你漏掉的要点：',
  skippedCount: (n) => `跳过 ${n} 题`,
  flaggedCount: (n) => `标记 ${n} 题`,
  flaggedList: '标记为有问题的题（`k8s-quiz flagged` 可查看，`--unflag` 可恢复）：',
  yourOrder: '你的顺序（✓ 顺序对，✗ 顺序错）：',
  yourPicks: '你的选择（✓ 选对，✗ 选错，○ 漏选）：',
  youTyped: '你的输入：',
  difference: '差别：',
  typoForgiven: '小拼写错误，不扣分：',
  missingText: (text) => `缺少「${text}」`,
  extraText: (text) => `多了「${text}」`,
  changedText: (typed, expected) => `「${typed}」→「${expected}」`,
  listSep: '；',
  where: (file, line) => `（${file}:${line}）`,
  aside: (text) => `（${text}）`,
  more: (n) => `共 ${n} 项，一屏放不下：用 ↑/↓ 滚动查看`,
  hidden: (direction, n) => (direction === 'up' ? `  ↑ 上面还有 ${n} 项` : `  ↓ 下面还有 ${n} 项`),
  typeName: (type) =>
    ({ define: '释义', identify: '辨认', member: '归类', order: '排序', acronym: '缩写', cloze: '填空', recall: '简答', typed: '默写', next: '下一步', multi: '多选' })[type],
  duration: (ms) => {
    const { m, s } = minutesSeconds(ms);
    return m ? `${m} 分 ${s} 秒` : `${s} 秒`;
  },

  interviewReport: (ending, summary) => `面试报告${ending === 'abandoned' ? '（中途停止）' : ending === 'expired' ? '（时间到）' : ''}：${summary}`,
  stoppedEarly: (answered, planned) => `中途停止：答了 ${answered}/${planned} 题，太少，不评等级`,
  partialAnswer: '时间到时已输入：',
  ranOut: '超时的题：',
  reviewNext: '接下来复习（`k8s-quiz drill` 会优先出这些题）：',

  drillPlan: (dueNow, due, weak, fresh) => `现在到期 ${dueNow} 题；本次：到期 ${due}，薄弱 ${weak}，新题 ${fresh}`,
  nothingDue: (when) => spaced(`现在没有要复习的题，下一题${when}到期。`),
  stillDue: (n, next) => (n ? `现在还有 ${n} 题到期：再运行 \`k8s-quiz drill\` 复习。` : spaced(`现在没有其他到期的题${next ? `，下一题${next}到期` : ''}。`)),
  relative: (date, now) => {
    const ms = date.getTime() - now.getTime();
    if (ms < MINUTE) return '不到 1 分钟后';
    if (ms < HOUR) return `${Math.round(ms / MINUTE)} 分钟后`;
    const days = daysBetween(now, date);
    if (days === 0) return `${Math.round(ms / HOUR)} 小时后（${clockOf(date)}）`;
    if (days === 1) return `明天 ${clockOf(date)}`;
    if (days === 2) return `后天 ${clockOf(date)}`;
    if (days < 7) return `${days} 天后（${formatWhen(date)}）`;
    return `在 ${formatWhen(date)}`;
  },

  banks: {
    file: (file, title, banks) => `${file} — ${title}（${banks} 个题库）`,
    size: (bank) =>
      bank.kind === 'terms'
        ? `${bank.entries.length} 个术语${bank.sequential ? '，有先后顺序' : ''}`
        : bank.kind === 'steps'
          ? `${bank.steps.length} 个步骤`
          : `${bank.pairs.length} 个问答`,
    line: (n) => `第 ${n} 行`,
    entry: (title, size, line) => `${title}：${size} · ${line}`,
    total: (files, banks, terms, steps, qa) => `${files} 个文件，${banks} 个题库：${terms} 个术语，${steps} 组步骤，${qa} 个问答`,
  },

  check: {
    file: (file, entries, questions, rejected) => `${file}：${entries} 个条目 → ${questions} 道题，${rejected} 个被拒`,
    questions: (total, types) => `题目：${total}${types ? `（${types}）` : ''}`,
    typeCount: (type, n) => `${zh.typeName(type)} ${n}`,
    turnedDown: (n) => `被拒：${n}`,
    reason: (reason, n) => `${reason}（${ZH_REASONS[reason] ?? reason}）：${n}`,
    unused: (n) => `没有出题的行：${n}`,
    moreUnused: (n) => `…… 还有 ${n} 行（--json 会全部列出）`,
    moreExamples: (n) => `…… 还有 ${n} 条`,
  },

  stats: {
    empty: '还没有答题记录。运行 `k8s-quiz` 开始吧。',
    head: (s, pct) =>
      `共 ${s.sessions} 次练习（面试 ${s.interviews} 次），答题 ${s.answered}，答对 ${s.correct}：${pct}` +
      (s.skipped ? `，跳过 ${s.skipped}` : '') +
      (s.flagged ? `；标记为有问题的题 ${s.flagged} 道（\`k8s-quiz flagged\`）` : ''),
    due: (streak, today, week) => `连续 ${streak} 天 · 今天内到期：${today} · 7 天内到期：${week}`,
    trend: (line, last) => `最近的练习：${line}（最近一次 ${last}）`,
    byType: '按题型：',
    byTopic: '按主题（最弱的在前）：',
    missed: '最常答错：',
    tally: (wrong, right) => `（错 ${wrong}，对 ${right}）`,
  },

  historyCount: (n, skipped, file) => `${file} 里有 ${n} 条答题记录${skipped ? `，另有 ${skipped} 题跳过` : ''}`,
  flaggedTotal: (n) => `${n} 道标记为有问题的题；\`k8s-quiz flagged --unflag ID\` 可恢复其中一道`,
  noFlagged: '没有标记为有问题的题。答题时按 ! 可以标记坏题。',
  unflagged: (id, subject) => `已恢复 ${id}（${subject}）：以后会再出这道题`,
  resetQuestion: (file) => `清空答题记录，重新开始？（${file} 会移到一边保存，不会删除）`,
  resetNothing: '没有改动。',
  resetNoHistory: '没有可以清空的答题记录。',
  resetDone: (movedTo) => `答题记录已清空：旧的记录移到了 ${movedTo}（删除这个文件才会彻底删掉）。`,

  sync: {
    summary: (sent, received, answers) => `发出 ${sent} 条新的答题记录，收到 ${received} 条；一共 ${answers} 条`,
    synced: (remote, summary) => `已与 ${remote} 同步：${summary}。`,
    initDone: (dataDir, remote, branch, summary) => `${dataDir} 已设置为与 ${remote} 同步（分支 ${branch}）：${summary}。`,
    initNext: '以后运行 `k8s-quiz sync` 就会共享新的答题记录；在另一台机器上，用同一个远程仓库运行 `k8s-quiz sync --init`。',
    createdRemote: (remote) => `已在 ${remote} 创建了一个空的 git 仓库`,
    replacedRemote: (was, now) => `远程仓库原来是 ${was}，现在是 ${now}`,
    restored: (lines) => `已同步的答题记录中有 ${lines} 行在这台机器上不见了（是不是运行过 \`k8s-quiz reset\`？），已经放回：同步的记录由所有机器共享，不能只在一台机器上清空`,
    failure: (f) => {
      // git's own words, after what failed and what to do.
      const quoted = (git: string | undefined) => (git ? `git 的说明：${git}` : 'git 没有说明原因。');
      switch (f.kind) {
        case 'git-missing':
          return '没有安装 git（或它不在 PATH 里）：k8s-quiz sync 用 git 在机器之间传递答题记录。请安装 git（https://git-scm.com）后再试。';
        case 'not-set-up':
          return `${f.dataDir} 还没有设置同步：请先运行 \`k8s-quiz sync --init REMOTE\`（REMOTE 是 git 仓库的网址，或一个文件夹，比如 U 盘上的裸仓库）`;
        case 'no-remote':
          return 'sync --init 需要一个远程仓库：git 仓库的网址或文件夹路径';
        case 'remote-is-data-dir':
          return `远程仓库不能是数据目录本身（${f.remote}）：请换一个文件夹或网址`;
        case 'create-remote':
          return `无法在 ${f.remote} 创建仓库：请确认这个文件夹可以写入，或者换一个文件夹。${quoted(f.git)}`;
        case 'git':
          return `在 ${f.dataDir} 里运行 git ${f.command} 失败。没有丢失任何记录：解决问题后再运行 \`k8s-quiz sync\`。${quoted(f.git)}`;
        case 'detached':
          return `${f.dataDir} 不在任何分支上（HEAD 处于分离状态）：请用 \`git -C ${f.dataDir} switch ${f.branch}\` 切回分支，然后再同步`;
        case 'unreachable':
          return `无法连接 ${f.remote}。没有丢失任何记录：这台机器的答题记录都在（已提交在 ${f.dataDir} 里），下次运行 \`k8s-quiz sync\` 时一起同步。${quoted(f.git)}`;
        case 'conflict': {
          const which = f.files.length ? f.files.join('、') : '一些文件';
          return (
            `同步已停止：远程仓库对 ${which} 的修改与这台机器的修改冲突，git 无法自动合并。` +
            `没有丢失任何记录：这台机器的答题记录已提交在 ${f.dataDir} 里，合并已撤销。` +
            `手动完成的方法：cd ${f.dataDir} && git merge ${f.remoteBranch}，修改 ${which}，git commit，然后再运行 \`k8s-quiz sync\`。`
          );
        }
        case 'log-busy':
          return '合并时答题记录一直在变（是不是有测验正在进行？）：等它结束后再同步。没有丢失任何记录。';
        case 'remote-busy':
          return `推送时 ${f.remote} 一直在变（是不是另一台机器也在同步？）：请再运行一次 \`k8s-quiz sync\`。没有丢失任何记录。`;
      }
    },
  },

  cli: {
    program: '在终端里，用你自己的 Kubernetes / Docker 学习笔记做测验。',
    titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
    examplesTitle: '示例：',
    extras: ({ choices, default: value, preset, env }) =>
      `（${[choices ? `可选：${choices.join('、')}` : '', value ? `默认：${value}` : '', preset ? `预设：${preset}` : '', env ? `环境变量：${env}` : ''].filter(Boolean).join('，')}）`,
    placeholder: (name) => ZH_PLACEHOLDERS[name] ?? name,
    helpAfterError: '（加上 --help 查看用法）',
    version: '显示版本号',
    help: '显示命令的帮助',
    helpCommand: '显示命令的帮助',
    examples: [
      '用你的笔记出题，没有就用内置笔记',
      '从一篇笔记出 20 道题',
      '只出这两种题型，关于 Pod',
      '一场限时模拟面试',
      '先复习到期的题，再练常错的题',
      '看看笔记里识别出了什么',
      '把 ~/notes 设为默认笔记',
    ],
    options: {
      dataDir: '答题记录和设置存放的位置（默认：$K8S_QUIZ_HOME，否则是用户配置文件夹）',
      noColor: '输出不带颜色',
      noCache: '每篇笔记都重新解析，不用数据目录里的解析缓存',
      count: '出多少道题',
      type: (types) => `题型，多个用逗号分隔：${types}`,
      topic: '只出标题路径或题库标题包含这段文字的题',
      seed: '种子相同，出的题和顺序就相同',
      lang: '界面和题目的语言：en 或 zh',
      sayLang: '提示信息的语言：en 或 zh',
      plain: '不用颜色、不移动光标；每行输入一个答案',
      minutes: '整场面试的分钟数',
      perQuestion: '每道题的秒数（默认：剩下的时间由剩下的题平分，一道题省下的时间留给下一道）',
      banksJson: '以 JSON 输出题库',
      reportJson: '以 JSON 输出报告',
      json: '以 JSON 输出',
      jsonArray: '输出为 JSON 数组',
      csv: '输出为 CSV',
      unflag: '恢复这些题：列出的 ID，或它开头的几个字符',
      yes: '不询问，直接执行',
      init: '把数据目录变成与 REMOTE 同步的 git 仓库（一个网址或文件夹，比如 U 盘上的裸仓库）',
      format: 'Anki 导入文件、CSV 或 JSON',
      output: '写入这个文件（默认：标准输出）',
      basicNotetype: '问答卡片用的 Anki 笔记类型（默认：Basic）',
      clozeNotetype: '填空卡片用的 Anki 笔记类型（默认：Cloze）',
    },
    args: {
      quizPaths: '笔记文件或文件夹（默认：设置的笔记，否则是内置笔记）',
      paths: '笔记文件或文件夹',
      configAction: 'get、set、unset 或 list',
      configKey: '设置项的名称',
      configValue: '新的值（用于 set）',
      cacheAction: 'clear',
      shell: 'bash、zsh 或 fish',
    },
    commands: {
      quiz: '用你的笔记出题、评分、讲解（默认命令）',
      interview: '限时模拟面试：在倒计时下讲解、排序和选择',
      drill: '间隔重复：先出到期的题，再出最常答错的，然后是新题',
      banks: '显示在笔记里找到的题库',
      check: '笔记能出什么：各题型的题数、被拒的内容和原因、没出题的行',
      questions: '列出用同样选项做测验时会出的题',
      stats: '总正确率、按主题和题型的正确率、最弱的术语、连续天数、到期的题',
      history: '列出所有答题记录，也可以用 --csv 或 --json 导出',
      flagged: '答题时标记为有问题的题（按 !），不会再出；用 --unflag 恢复',
      config: '设置：notes（默认的笔记路径）、lang（auto|en|zh）、count（每次出题数）',
      reset: '清空答题记录，重新开始（旧记录移到一边保存，不会删除）',
      sync: '通过任意 git 远程仓库，让每台机器上的答题记录一致（每台机器运行一次 `sync --init REMOTE`）',
      export: '把笔记能出的所有题导出为 Anki 卡片（Anki 自带的文本导入）、CSV 或 JSON',
      cache: '解析过的笔记缓存在数据目录（cache/）里，没改过的笔记不再重新解析；`cache clear` 删除缓存（随时都可以删）',
      completion: '输出命令行补全脚本：把 `source <(k8s-quiz completion bash)` 加到 ~/.bashrc（zsh、fish 见 README）',
    },
    flaggedHelp: '在 quiz、drill 或 interview 中按 !（用 --plain 时，输入只有 ! 的一行）可以标记当前这道题。',
    completion: {
      command: '命令',
      option: '选项',
      value: '值',
      needsCompinit: (program) => `${program}：请先运行 compinit，再加载它的补全（autoload -Uz compinit && compinit）`,
    },
  },

  usage: {
    wholeNumber: (name, max, value) => `${name} 需要 1 到 ${max} 之间的整数，而不是「${value}」`,
    seed: (value) => `--seed 需要一个整数，而不是「${value}」`,
    types: (types, unknown) => `--type 需要用逗号分隔的题型（${types}）；不认识的：${unknown || '（没有给出）'}`,
    lang: (value) => `--lang 只能是 en 或 zh，而不是「${value}」`,
    minutes: (value) => `--minutes 需要大于 0、最多 600 的分钟数，而不是「${value}」`,
    topic: (value) => `--topic 需要在标题里查找的词，而不是「${value}」`,
    mistyped: (word, command, suggestion) => `未知命令 '${word}'（你是不是想用 ${command}？）：\`${suggestion}\``,
    unknownCommand: (word) => `未知命令 '${word}'：\`k8s-quiz --help\` 会列出所有命令`,
  },
  errorText: zhError,
  internalError: '内部错误：',

  cache: {
    cleared: (dir) => `已删除解析缓存 ${dir}`,
    none: (dir) => `没有解析缓存（${dir}）`,
    cannotDelete: (dir, reason) => `无法删除 ${dir}：${reason}`,
  },

  confirm: {
    hint: '（y 确认，n 或直接回车取消）',
    yes: '是',
    no: '否',
    invalid: '请输入 y（确认）或 n（取消）',
  },

  warning: '注意：',
  andMore: (n) => `…… 还有 ${n} 条`,
  warningAt: (where, text) => `${where}：${text}`,
  warningText: (message) => translated(ZH_WARNINGS, message) ?? message,
};

export function messages(lang: Lang): Messages {
  return lang === 'zh' ? zh : en;
}

export type { Messages };

/** `Label: value`, without a space after a full-width colon. */
export function labelled(label: string, value: string): string {
  // The label may be coloured: the colour's closing code is not the last character shown.
  return /[：]$/.test(label.replace(/\u001b\[[0-9;]*m/g, '')) ? `${label}${value}` : `${label} ${value}`;
}

/** Sentences one after another: a space after an English one, none after a Chinese full stop. */
export function sentences(...parts: string[]): string {
  return parts.filter(Boolean).reduce((out, part) => (!out ? part : /[。！？：；）]$/.test(out.replace(/\u001b\[[0-9;]*m/g, '')) ? out + part : `${out} ${part}`), '');
}

/** Local date and time as `2026-11-27 10:28`, the same in both languages. */
export function formatWhen(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${clockOf(date)}`;
}

function formatClock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${pad2(seconds % 60)}`;
}

/** `1:23 left, 0:20 for this question`: the countdown line of a timed question. */
export function timeLeftText(deadlines: Deadlines, now: number, m: Messages): string {
  const total = deadlines.session !== undefined ? formatClock(deadlines.session - now) : null;
  const question = deadlines.question !== undefined ? formatClock(deadlines.question - now) : null;
  return total || question ? m.timeLeft(total, question) : '';
}

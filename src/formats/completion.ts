import { displayWidth } from '../ui/layout.js';

// `k8s-quiz completion bash|zsh|fish`: a completion script for each shell, rendered from a
// plain description of the command line (built from commander's program in
// src/cli/commands/completion.ts, so a new command or option shows up by itself). Pure.
//
// Every script works the same way: it walks the words typed so far, skipping options and the
// values of options that take one, to find the command (the first other word when it names a
// command; otherwise the default command, whose note paths may come first) and the arguments
// given to it; then it offers the values of the option before the cursor, or the command's
// next argument, or its options.

/** What may be typed for an option's value or an argument. */
export type ValueSource =
  /** One of these words; `list`: a comma-separated list of them (`--type define,order`). */
  | { kind: 'words'; words: readonly string[]; list?: boolean }
  /** Note files (`.md`, `.markdown`) and folders. */
  | { kind: 'notes' }
  | { kind: 'files' }
  | { kind: 'dirs' }
  /** Free text (a number, a topic): nothing to offer. */
  | { kind: 'none' };

export interface OptionSpec {
  short?: string;
  long?: string;
  description: string;
  /** Absent for an option that takes no value. */
  value?: ValueSource;
}

export interface ArgumentSpec {
  value: ValueSource;
  variadic: boolean;
  /** The value by the arguments before this one (`set lang` → auto, en, zh); `value` otherwise. */
  after?: Readonly<Record<string, ValueSource>>;
}

export interface CommandSpec {
  name: string;
  aliases: readonly string[];
  description: string;
  options: readonly OptionSpec[];
  args: readonly ArgumentSpec[];
}

/** What the scripts say themselves, in the language of the run that printed them. */
export interface CompletionWords {
  /** zsh: the group headings of the menus, and what is shown where a value is typed freely. */
  command: string;
  option: string;
  value: string;
  /** zsh: said when the script is sourced before compinit. */
  needsCompinit: (program: string) => string;
}

export interface CompletionSpec {
  program: string;
  words: CompletionWords;
  /** Accepted before or after the command. */
  globalOptions: readonly OptionSpec[];
  commands: readonly CommandSpec[];
  /** The command run when the first word is not a command (its arguments may come first). */
  defaultCommand?: string;
}

const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

// ── shared ────────────────────────────────────────────────────────────────────────────────

/** `'…'` for bash and zsh: nothing inside is expanded. */
function sq(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** `'…'` for fish, where `\'` and `\\` are the escapes inside single quotes. */
function fq(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A description on one line, at most `max` columns wide (a Chinese character takes two), for a completion menu. */
function shortDescription(text: string, max = 70): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (displayWidth(line) <= max) return line;
  let cut = '';
  let width = 0;
  for (const char of line) {
    width += displayWidth(char);
    if (width > max - 1) break;
    cut += char;
  }
  // At a space, or after a Chinese comma or semicolon, when one is in the second half.
  const at = Math.max(cut.lastIndexOf(' '), ...['，', '、', '；'].map((p) => cut.lastIndexOf(p)));
  return `${(displayWidth(cut.slice(0, at)) > max / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:(，、；：（]+$/, '')}…`;
}

function flagsOf(option: OptionSpec): string[] {
  return [option.short, option.long].filter((f): f is string => Boolean(f));
}

function functionName(program: string): string {
  return `_${program.replace(/[^A-Za-z0-9]/g, '_')}`;
}

/** Every flag that takes a value, whatever the command: the scan skips the word after it. */
function valuedFlags(spec: CompletionSpec): string[] {
  const out = new Set<string>();
  for (const option of [...spec.globalOptions, ...spec.commands.flatMap((c) => c.options)]) {
    if (option.value) for (const flag of flagsOf(option)) out.add(flag);
  }
  return [...out];
}

function commandNames(spec: CompletionSpec): string[] {
  return spec.commands.flatMap((c) => [c.name, ...c.aliases]);
}

/** The commands as the scan sees them: every command, plus "no command yet" ('') standing for the default one. */
interface Arm {
  /** '' for no command yet. */
  key: string;
  command: CommandSpec | undefined;
}

function arms(spec: CompletionSpec): Arm[] {
  const byName = new Map(spec.commands.map((c) => [c.name, c]));
  return [{ key: '', command: spec.defaultCommand ? byName.get(spec.defaultCommand) : undefined }, ...spec.commands.map((c) => ({ key: c.name, command: c }))];
}

/** The value source for the argument at `index`, by the arguments before it. */
function argumentCases(args: readonly ArgumentSpec[]): { index: number | 'rest'; arg: ArgumentSpec }[] {
  // A variadic last argument takes its own place and every one after it.
  return args.map((arg, index) => ({ index: arg.variadic && index === args.length - 1 ? 'rest' : index, arg }));
}

// ── bash ──────────────────────────────────────────────────────────────────────────────────

function bashValue(value: ValueSource, fn: string): string {
  switch (value.kind) {
    case 'words':
      return `${fn}_${value.list ? 'list' : 'words'} ${sq(value.words.join(' '))}`;
    case 'notes':
      return `${fn}_notes`;
    case 'files':
      return `${fn}_files`;
    case 'dirs':
      return `${fn}_dirs`;
    case 'none':
      return ':';
  }
}

function bashArgument(arg: ArgumentSpec, fn: string, indent: string): string[] {
  if (!arg.after) return [`${indent}${bashValue(arg.value, fn)}`];
  const lines = [`${indent}case "\${pos[*]}" in`];
  for (const [before, value] of Object.entries(arg.after)) lines.push(`${indent}  ${sq(before)}) ${bashValue(value, fn)} ;;`);
  lines.push(`${indent}  *) ${bashValue(arg.value, fn)} ;;`, `${indent}esac`);
  return lines;
}

function bashOptionValues(options: readonly OptionSpec[], fn: string, indent: string): string[] {
  const valued = options.filter((o) => o.value);
  if (!valued.length) return [];
  const lines = [`${indent}case "$prev" in`];
  const free = valued.filter((o) => o.value?.kind === 'none').flatMap(flagsOf);
  for (const option of valued.filter((o) => o.value?.kind !== 'none')) lines.push(`${indent}  ${flagsOf(option).join('|')}) ${bashValue(option.value as ValueSource, fn)}; return 0 ;;`);
  if (free.length) lines.push(`${indent}  ${free.join('|')}) return 0 ;; # free text`);
  lines.push(`${indent}esac`);
  return lines;
}

/** Folders that hold packages or caches, never notes: the loader skips them, and so does completion. */
const SKIPPED_FOLDERS = ['node_modules', 'venv', 'site-packages', '__pycache__', 'bower_components'];

export function bashScript(spec: CompletionSpec): string {
  const fn = functionName(spec.program);
  const commands = spec.commands;
  const L: string[] = [];
  L.push(
    `# bash completion for ${spec.program} (generated by \`${spec.program} completion bash\`)`,
    `# Add to ~/.bashrc:  source <(${spec.program} completion bash)`,
    '',
    `# The helpers add to COMPREPLY what matches $cur, each reply led by $pre.`,
    `${fn}_words() {`,
    '  local w',
    '  while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -P "$pre" -W "$1" -- "$cur")',
    '}',
    `# A comma-separated list: the items before the last comma stay, the last one is completed.`,
    `${fn}_list() {`,
    '  local w last="${cur##*,}"',
    '  local done="${cur%"$last"}"',
    '  while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -P "$pre$done" -W "$1" -- "$last")',
    '}',
    `# Note files (.md, .markdown) and folders; not the folders k8s-quiz skips (packages, caches),`,
    `# nor hidden ones unless a dot is typed.`,
    `${fn}_notes() {`,
    '  local w',
    '  compopt -o filenames 2>/dev/null',
    '  while IFS= read -r w; do',
    `    case "\${w##*/}" in ${SKIPPED_FOLDERS.join('|')}) continue ;; esac`,
    '    [[ "${w##*/}" == .* && "${cur##*/}" != .* ]] && continue',
    '    COMPREPLY+=("$w")',
    '  done < <(compgen -P "$pre" -d -- "$cur")',
    `  while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -P "$pre" -f -X '!*.md' -- "$cur"; compgen -P "$pre" -f -X '!*.markdown' -- "$cur")`,
    '}',
    `${fn}_files() {`,
    '  local w',
    '  compopt -o filenames 2>/dev/null',
    '  while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -P "$pre" -f -- "$cur")',
    '}',
    `${fn}_dirs() {`,
    '  local w',
    '  compopt -o filenames 2>/dev/null',
    '  while IFS= read -r w; do COMPREPLY+=("$w"); done < <(compgen -P "$pre" -d -- "$cur")',
    '}',
    '',
    `${fn}() {`,
    '  local cur="${COMP_WORDS[COMP_CWORD]}" prev="" pre="" cword=$COMP_CWORD',
    '  COMPREPLY=()',
    "  # bash splits `--type=define` at the = (COMP_WORDBREAKS); without that, the option is in the word.",
    '  if [[ "$cur" == "=" ]] && (( cword >= 1 )); then',
    '    cur=""; prev="${COMP_WORDS[cword-1]}"',
    '  elif (( cword >= 2 )) && [[ "${COMP_WORDS[cword-1]}" == "=" ]]; then',
    '    prev="${COMP_WORDS[cword-2]}"',
    '  elif [[ "$cur" == --*=* ]]; then',
    '    prev="${cur%%=*}"; pre="$prev="; cur="${cur#*=}"',
    '  elif (( cword >= 1 )); then',
    '    prev="${COMP_WORDS[cword-1]}"',
    '  fi',
    '',
    '  # The command and its arguments so far; options and their values are skipped.',
    `  local valued=${sq(` ${valuedFlags(spec).join(' ')} `)}`,
    '  local cmd="" w i',
    '  local -a pos=()',
    '  for (( i = 1; i < cword; i++ )); do',
    '    w="${COMP_WORDS[i]}"',
    '    case "$w" in',
    '      -*=*) continue ;;',
    '      -*)',
    '        if [[ "${COMP_WORDS[i+1]}" == "=" ]]; then (( i += 2 )); continue; fi',
    '        if [[ "$valued" == *" $w "* ]]; then (( i++ )); fi',
    '        continue ;;',
    '    esac',
    '    if [[ -z "$cmd" ]]; then',
    '      case "$w" in',
  );
  for (const c of commands) L.push(`        ${[c.name, ...c.aliases].map(sq).join('|')}) cmd=${sq(c.name)}; continue ;;`);
  L.push(`      esac`, `      cmd=${sq(spec.defaultCommand ?? '')}`, '    fi', '    pos+=("$w")', '  done', '');

  L.push('  # Values of the options that go anywhere.', ...bashOptionValues(spec.globalOptions, fn, '  '), '');
  const globalFlags = spec.globalOptions.flatMap(flagsOf);
  L.push(`  local opts=${sq(globalFlags.join(' '))}`, '  case "$cmd" in');
  for (const { key, command } of arms(spec)) {
    L.push(`    ${sq(key)})`);
    if (command) L.push(...bashOptionValues(command.options, fn, '      '));
    if (command?.options.length) L.push(`      opts+=${sq(` ${command.options.flatMap(flagsOf).join(' ')}`)}`);
    const cases = command ? argumentCases(command.args) : [];
    if (key === '' || cases.length) {
      L.push('      if [[ "$cur" != -* ]]; then');
      if (key === '') L.push(`        ${fn}_words ${sq(commandNames(spec).join(' '))}`);
      if (cases.length) {
        L.push('        case ${#pos[@]} in');
        for (const { index, arg } of cases) L.push(`          ${index === 'rest' ? '*' : index})`, ...bashArgument(arg, fn, '            '), '            ;;');
        L.push('        esac');
      }
      L.push('        (( ${#COMPREPLY[@]} )) && return 0', '      fi');
    }
    L.push('      ;;');
  }
  L.push('  esac', `  ${fn}_words "$opts"`, '  return 0', '}', '', `complete -F ${fn} ${spec.program}`, '');
  return L.join('\n');
}

// ── zsh ───────────────────────────────────────────────────────────────────────────────────

function zshValue(value: ValueSource, words: CompletionWords): string {
  switch (value.kind) {
    case 'words':
      return value.list ? `compset -P '*,'; compadd -S '' -- ${value.words.map(sq).join(' ')}` : `compadd -- ${value.words.map(sq).join(' ')}`;
    case 'notes':
      return `_files -g '*.(md|markdown)'`;
    case 'files':
      return '_files';
    case 'dirs':
      return '_files -/';
    case 'none':
      return `_message ${sq(words.value)}`;
  }
}

function zshDescribed(options: readonly OptionSpec[]): string[] {
  return options.flatMap((o) => flagsOf(o).map((flag) => sq(`${flag}:${shortDescription(o.description)}`)));
}

function zshOptionValues(options: readonly OptionSpec[], words: CompletionWords, indent: string): string[] {
  const valued = options.filter((o) => o.value);
  if (!valued.length) return [];
  const lines = [`${indent}case $prev in`];
  for (const option of valued) lines.push(`${indent}  (${flagsOf(option).join('|')}) ${zshValue(option.value as ValueSource, words)}; return 0 ;;`);
  lines.push(`${indent}esac`);
  return lines;
}

function zshArgument(arg: ArgumentSpec, words: CompletionWords, indent: string): string[] {
  if (!arg.after) return [`${indent}${zshValue(arg.value, words)}`];
  const lines = [`${indent}case "\${(j: :)pos}" in`];
  for (const [before, value] of Object.entries(arg.after)) lines.push(`${indent}  (${sq(before)}) ${zshValue(value, words)} ;;`);
  lines.push(`${indent}  (*) ${zshValue(arg.value, words)} ;;`, `${indent}esac`);
  return lines;
}

function zshScript(spec: CompletionSpec): string {
  const fn = `_${spec.program}`;
  const L: string[] = [];
  L.push(
    `#compdef ${spec.program}`,
    `# zsh completion for ${spec.program} (generated by \`${spec.program} completion zsh\`)`,
    `# Add to ~/.zshrc, after compinit:  source <(${spec.program} completion zsh)`,
    `# or save it as _${spec.program} in a folder of $fpath.`,
    '',
    `${fn}() {`,
    '  local cur=${words[CURRENT]} prev=${words[CURRENT-1]}',
    '  # `--type=define`: the option is in the word; complete what follows the =.',
    '  if [[ $cur == --*=* ]]; then',
    '    prev=${cur%%=*}',
    "    compset -P '*='",
    '    cur=${cur#*=}',
    '  fi',
    '',
    '  # The command and its arguments so far; options and their values are skipped.',
    `  local -a valued=(${valuedFlags(spec).map(sq).join(' ')})`,
    '  local cmd= w i',
    '  local -a pos=()',
    '  for (( i = 2; i < CURRENT; i++ )); do',
    '    w=${words[i]}',
    '    case $w in',
    '      (-*=*) continue ;;',
    '      (-*) (( ${valued[(Ie)$w]} )) && (( i++ )); continue ;;',
    '    esac',
    '    if [[ -z $cmd ]]; then',
    '      case $w in',
  );
  for (const c of spec.commands) L.push(`        (${[c.name, ...c.aliases].map(sq).join('|')}) cmd=${sq(c.name)}; continue ;;`);
  L.push(`      esac`, `      cmd=${sq(spec.defaultCommand ?? '')}`, '    fi', '    pos+=("$w")', '  done', '');

  L.push('  # Values of the options that go anywhere.', ...zshOptionValues(spec.globalOptions, spec.words, '  '), '');
  L.push(`  local -a opts=(${zshDescribed(spec.globalOptions).join(' ')})`);
  L.push(`  local -a commands=(${spec.commands.flatMap((c) => [c.name, ...c.aliases].map((n) => sq(`${n}:${shortDescription(c.description)}`))).join(' ')})`);
  L.push('  local ret=1', '  case $cmd in');
  for (const { key, command } of arms(spec)) {
    L.push(`    (${sq(key)})`);
    if (command) L.push(...zshOptionValues(command.options, spec.words, '      '));
    if (command?.options.length) L.push(`      opts+=(${zshDescribed(command.options).join(' ')})`);
    const cases = command ? argumentCases(command.args) : [];
    if (key === '' || cases.length) {
      L.push('      if [[ $cur != -* ]]; then');
      if (key === '') L.push(`        _describe -t commands ${sq(spec.words.command)} commands && ret=0`);
      if (cases.length) {
        L.push('        case ${#pos} in');
        for (const { index, arg } of cases) L.push(`          (${index === 'rest' ? '*' : index})`, ...zshArgument(arg, spec.words, '            '), '            ;;');
        L.push('        esac');
      }
      L.push('        return 0', '      fi');
    }
    L.push('      ;;');
  }
  L.push('  esac', `  _describe -t options ${sq(spec.words.option)} opts`, '}', '');
  // Loaded from $fpath (the file is the function's body): run it. Sourced: register it.
  L.push(
    `if [[ \${funcstack[1]} == ${fn} ]]; then`,
    `  ${fn} "$@"`,
    'elif (( $+functions[compdef] )); then',
    `  compdef ${fn} ${spec.program}`,
    'else',
    `  print -u2 -r -- ${sq(spec.words.needsCompinit(spec.program))}`,
    'fi',
    '',
  );
  return L.join('\n');
}

// ── fish ──────────────────────────────────────────────────────────────────────────────────

function fishValue(value: ValueSource, fn: string): string {
  switch (value.kind) {
    case 'words':
      return value.list ? `-x -a ${fq(`(${fn}_list ${value.words.join(' ')})`)}` : `-x -a ${fq(value.words.join(' '))}`;
    case 'notes':
      return `-x -a ${fq(`(${fn}_notes)`)}`;
    case 'files':
      return '-r -F';
    case 'dirs':
      return `-x -a ${fq('(__fish_complete_directories)')}`;
    case 'none':
      return '-x';
  }
}

function fishOption(program: string, condition: string | null, option: OptionSpec, fn: string): string {
  const parts = [`complete -c ${program}`];
  if (condition) parts.push(`-n ${fq(condition)}`);
  if (option.short) parts.push(`-s ${option.short.replace(/^-/, '')}`);
  if (option.long) parts.push(`-l ${option.long.replace(/^--/, '')}`);
  if (option.value) parts.push(fishValue(option.value, fn));
  parts.push(`-d ${fq(shortDescription(option.description))}`);
  return parts.join(' ');
}

function fishScript(spec: CompletionSpec): string {
  const program = spec.program;
  const fn = `__${program.replace(/[^A-Za-z0-9]/g, '_')}`;
  const L: string[] = [];
  L.push(
    `# fish completion for ${program} (generated by \`${program} completion fish\`)`,
    `# Add to ~/.config/fish/config.fish:  ${program} completion fish | source`,
    `# or save it as ~/.config/fish/completions/${program}.fish`,
    '',
    `# Prints the command (- when none yet), then the arguments given to it, one a line;`,
    `# options and their values are skipped.`,
    `function ${fn}_scan`,
    '    set -l tokens (commandline -opc)',
    '    set -e tokens[1]',
    '    set -l cmd -',
    '    set -l args',
    '    set -l skip 0',
    '    for t in $tokens',
    '        if test $skip -eq 1',
    '            set skip 0',
    '            continue',
    '        end',
    '        switch $t',
    "            case '-*=*'",
    '                continue',
    `            case ${valuedFlags(spec).map(fq).join(' ')}`,
    '                set skip 1',
    '                continue',
    "            case '-*'",
    '                continue',
    '        end',
    '        if test "$cmd" = -',
    `            switch $t`,
  );
  for (const c of spec.commands) L.push(`                case ${[c.name, ...c.aliases].map(fq).join(' ')}`, `                    set cmd ${fq(c.name)}`, '                    continue');
  L.push(
    '            end',
    `            set cmd ${fq(spec.defaultCommand ?? '-')}`,
    '        end',
    '        set -a args $t',
    '    end',
    "    printf '%s\\n' $cmd $args",
    'end',
    '',
    `# Whether the command is one of these (- for none yet).`,
    `function ${fn}_using`,
    `    set -l scan (${fn}_scan)`,
    '    contains -- $scan[1] $argv',
    'end',
    '',
    `# Whether the command has had exactly this many arguments.`,
    `function ${fn}_argc`,
    `    set -l scan (${fn}_scan)`,
    '    set -e scan[1]',
    '    test (count $scan) -eq $argv[1]',
    'end',
    '',
    `# Whether the command has had at least this many arguments.`,
    `function ${fn}_argc_from`,
    `    set -l scan (${fn}_scan)`,
    '    set -e scan[1]',
    '    test (count $scan) -ge $argv[1]',
    'end',
    '',
    `# Whether the arguments given to the command so far are these words.`,
    `function ${fn}_args_are`,
    `    set -l scan (${fn}_scan)`,
    '    set -e scan[1]',
    '    test "$scan" = "$argv"',
    'end',
    '',
    `# A comma-separated list: the items before the last comma stay, the last one is completed.`,
    `function ${fn}_list`,
    '    set -l token (string replace -r -- \'^--?[^=]*=\' \'\' (commandline -ct))',
    "    set -l done (string replace -r -- '[^,]*$' '' $token)",
    '    for w in $argv',
    '        echo $done$w',
    '    end',
    'end',
    '',
    `# Note files (.md, .markdown) and folders, under what has been typed.`,
    `function ${fn}_notes`,
    '    set -l token (commandline -ct)',
    '    __fish_complete_directories $token',
    '    for f in $token*.md $token*.markdown',
    '        test -f $f; and echo $f',
    '    end',
    'end',
    '',
    `complete -c ${program} -f`,
  );
  for (const option of spec.globalOptions) L.push(fishOption(program, null, option, fn));
  for (const c of spec.commands) {
    L.push(`complete -c ${program} -n ${fq(`${fn}_using -`)} -a ${fq(c.name)} -d ${fq(shortDescription(c.description))}`);
  }
  for (const command of spec.commands) {
    // The default command's options and arguments also apply before any command is named.
    const condition = `${fn}_using ${command.name === spec.defaultCommand ? `- ${command.name}` : command.name}`;
    for (const option of command.options) L.push(fishOption(program, condition, option, fn));
    command.args.forEach((arg, index) => {
      const at = `${condition}; and ${fn}_argc${arg.variadic ? '_from' : ''} ${index}`;
      const afters = Object.entries(arg.after ?? {});
      for (const [before, value] of afters) {
        if (value.kind !== 'none') L.push(`complete -c ${program} -n ${fq(`${condition}; and ${fn}_args_are ${before}`)} ${fishValue(value, fn)}`);
      }
      if (arg.value.kind === 'none') return;
      const guard = afters.map(([before]) => `; and not ${fn}_args_are ${before}`).join('');
      L.push(`complete -c ${program} -n ${fq(`${at}${guard}`)} ${fishValue(arg.value, fn)}`);
    });
  }
  L.push('');
  return L.join('\n');
}

export function completionScript(shell: Shell, spec: CompletionSpec): string {
  switch (shell) {
    case 'bash':
      return bashScript(spec);
    case 'zsh':
      return zshScript(spec);
    case 'fish':
      return fishScript(spec);
  }
}

// Claims notes copy from each other that are wrong, each as what it says. A question whose
// prompt or key says one is not asked (it would teach it); where only a gloss in brackets or a
// line of the explanation says it (`Releasing(Pod被删除…)` beside the stage name), that part is
// left out and the rest is asked. Facts of the field, not sentences of any note. Pure.

const MISCONCEPTIONS: readonly ((text: string) => boolean)[] = [
  // ReadWriteOnce limits a volume to one node; one Pod is ReadWriteOncePod.
  (text) =>
    /\b(?:ReadWriteOnce|RWO)\b(?!P)/.test(text) &&
    /\b(?:only one|one|a single|single) pods?\b|(?:单个|一个|单一)\s*Pod/i.test(text) &&
    !/\b(?:nodes?|machines?|hosts?|ReadWriteOncePod|RWOP)\b|节点|主机|机器/i.test(text),
  // Secrets are stored base64-encoded, not encrypted, unless encryption at rest is configured.
  (text) =>
    /\bSecrets?\b/.test(text) &&
    (/\b(?:include|includes|with|have|has|are|is|provide|provides)\b[^.。\n]{0,40}\bencrypt(?:ion|ed)\b/i.test(text) || /(?:以|用)?加密(?:的)?(?:方式|形式)?(?:存储|保存|存放)|加密后(?:存储|保存|存放)|(?:存储|保存|存放)[^。；\n]{0,8}(?:是|为|都是)?加密的/u.test(text)) &&
    !/\b(?:not|unless|if|when|enabled?|configured?|base64|only)\b|默认不|不会|需要|开启|启用|未加密|并不/i.test(text),
  // containerd manages containers through an OCI runtime (runc); runc, crun and youki are the runtimes the runtime-spec describes.
  (text) =>
    /\bcontainerd\b/i.test(text) &&
    /\bruntime[- ]spec\b|\bOCI runtime spec(?:ification)?\b/i.test(text) &&
    !/\b(?:runc|crun|youki|calls?|uses|delegates?|through|via|shim)\b/i.test(text),
  // The kubelet's own cAdvisor port (4194, --cadvisor-port) was removed in 1.12; its metrics are served on the kubelet's port.
  (text) =>
    /cadvisor/i.test(text) &&
    /--cadvisor-port|\b4194\b/i.test(text) &&
    !/移除|删除|弃用|废弃|早期|旧版|\b(?:removed|deprecated|legacy|old|earlier|former(?:ly)?)\b/i.test(text),
  // kube-apiserver's insecure HTTP port 8080 is gone (removed in 1.20); 6443 over HTTPS is its port.
  (text) =>
    /\b8080\b/.test(text) &&
    /api-?server|apiserver/i.test(text) &&
    /默认|\bdefault\b/i.test(text) &&
    !/移除|删除|弃用|废弃|早期|旧版|非安全|不安全|\b(?:removed|deprecated|insecure|legacy|old|earlier|former(?:ly)?)\b/i.test(text),
  // A startup probe is run again and again until it succeeds (or fails failureThreshold times), not once.
  (text) =>
    /\bstartup\s*probes?\b|startupProbe|启动探针/i.test(text) &&
    /(?:只|仅)?(?:运行|执行|检测|探测)(?:一次|1次)|\b(?:runs?|executes?|checks?|fires?) (?:only )?once\b/i.test(text) &&
    !/直到|为止|多次|反复|重复|\b(?:until|repeatedly|again)\b/i.test(text),
];

/** Those said of one item of a list, whose neighbours may say what the rest of the text is about. */
const IN_A_LIST: readonly ((text: string) => boolean)[] = [
  // A PersistentVolume is released when its claim is deleted, not when a Pod is.
  (text) =>
    /\bPV\b|PersistentVolume|\bpersistent volume|持久卷|存储卷/i.test(text) &&
    /\bReleas(?:e|ed|ing)\b|释放/i.test(text) &&
    /Pod\s*(?:被|已)?删除|\bPods? (?:is |was |gets |are )?deleted\b|\bdeleting the Pod\b/i.test(text) &&
    !/\bPVC\b|\bclaim\b|声明|申领/i.test(text),
  // imagePullPolicy Never never pulls; pulling only when the image is missing is IfNotPresent.
  (text) =>
    /\bNever\b/.test(text) &&
    /本地(?:没有|不存在|无)[^。；\n]{0,12}(?:拉取|下载)|\b(?:pull|download)s?\b[^.;\n]{0,25}\b(?:if|when|unless)\b[^.;\n]{0,25}\b(?:not present|absent|missing|(?:doesn't|does not|isn't|is not) (?:exist|present))/i.test(text) &&
    !/IfNotPresent|从不|不会拉取|不拉取|\bnever pull/i.test(text),
  // CrashLoopBackOff is a container that keeps failing, restarted with growing back-off: there is no restart limit to exceed.
  (text) =>
    /CrashLoopBackOff/.test(text) &&
    /(?:重启|restart)[^。.\n]{0,12}(?:超过|超出|达到|exceed|over|reach)[^。.\n]{0,8}(?:限制|上限|最大|limit|max)/i.test(text),
  // containerd came out of Docker as a general runtime; the runtime made for Kubernetes alone is CRI-O.
  (text) => /\bcontainerd\b/i.test(text) && /专为\s*(?:Kubernetes|k8s)\s*(?:设计|打造|开发)|\b(?:designed|built|made) (?:specifically |solely |only )?for (?:Kubernetes|k8s)\b/i.test(text) && !/CRI-?O/i.test(text),
  // A projected volume maps several sources into one directory; nothing about it is a sidecar.
  (text) => /\bprojected\b|投射卷|投影卷/i.test(text) && /\bsidecar\b|边车/i.test(text),
];

const ALL = [...MISCONCEPTIONS, ...IN_A_LIST];

/** Whether a text says one of the misconceptions, or a line of it says one of a list's (one stage's gloss among true ones). */
export function saysMisconception(text: string): boolean {
  const lines = text.includes('\n') ? text.split('\n') : [];
  return ALL.some((wrong) => wrong(text)) || lines.some((line) => IN_A_LIST.some((wrong) => wrong(line)));
}

/** A gloss in brackets at the end of a name: `Releasing(Pod被删除或停止使用该PV)`. */
const TRAILING_GLOSS = /\s*[(（][^()（）]*[)）]\s*$/u;

/**
 * The text without what says a misconception: a false gloss in brackets, or false lines of a
 * longer text. Unchanged when nothing does, or when what is left would say nothing.
 */
export function withoutMisconceptions(text: string): string {
  if (!saysMisconception(text)) return text;
  const lines = text.split('\n').map((line) => {
    if (!saysMisconception(line)) return line;
    const bare = line.replace(TRAILING_GLOSS, '');
    if (bare !== line && bare.trim() && !saysMisconception(bare)) return bare;
    return withoutFalseClause(line);
  });
  let kept = lines.filter((line): line is string => line !== null);
  // `kube-api-server: …` over `- 8080(http, 默认)…`: no line says it alone, the text with one does;
  // the one line whose leaving out ends it goes.
  for (let i = kept.length - 1; i >= 0 && saysMisconception(kept.join('\n')); i--) {
    const without = [...kept.slice(0, i), ...kept.slice(i + 1)];
    if (!saysMisconception(without.join('\n'))) kept = without;
  }
  return kept.some((line) => line.trim()) && !saysMisconception(kept.join('\n')) ? kept.join('\n') : text;
}

/**
 * `Startup Probe：启动时运行一次，检测容器是否已成功启动`: the line without its first clause where that
 * one says it and the rest, still saying something, does not (a label before a colon stays).
 */
function withoutFalseClause(line: string, context = ''): string | null {
  const [, label = '', body = line] = /^([^：:，,]{1,40}[：:]\s*)?(.*)$/su.exec(line) ?? [];
  const cut = body.search(/[，；]/u);
  if (cut < 0) return null;
  const rest = body.slice(cut + 1).trim();
  return [...rest].length >= 6 && !saysMisconception(`${context}\n${label}${rest}`) ? label + rest : null;
}

/** A term's description without what it says wrong of the term (`启动时运行一次，…` of Startup Probe); null when that cannot be left off. */
export function detailWithoutMisconceptions(term: string, detail: string): string | null {
  if (!saysMisconception(`${term}：${detail}`)) return detail;
  const clean = withoutFalseClause(detail, term);
  return clean !== null && !saysMisconception(`${term}：${clean}`) ? clean : null;
}

/** A recall's reference without what it says wrong of what the prompt asks about (`Startup Probe` asked, `启动时运行一次，…` answered). */
export function answerWithoutMisconceptions(prompt: string, answer: string): string {
  const cleaned = withoutMisconceptions(answer);
  if (!saysMisconception(`${prompt}\n${cleaned}`)) return cleaned;
  return cleaned
    .split('\n')
    .map((line) => (saysMisconception(`${prompt}\n${line}`) ? (withoutFalseClause(line, prompt) ?? line) : line))
    .join('\n');
}

/**
 * Choices without a misconception; when one loses a false gloss, every choice loses its gloss,
 * so the bare one does not stand out (`Releasing` among `Binding(PVC和PV的绑定过程)`).
 */
export function choicesWithoutMisconceptions(choices: readonly string[]): string[] {
  const cleaned = choices.map(withoutMisconceptions);
  if (cleaned.every((choice, i) => choice === choices[i])) return [...choices];
  return cleaned.map((choice) => choice.replace(TRAILING_GLOSS, '') || choice);
}

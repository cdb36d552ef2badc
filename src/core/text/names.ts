// What kind of thing a short piece of note text is: a named thing (a component, object,
// state, field, command, tool), an aspect of a topic (its formula, purpose, pros, cons…),
// or a sentence. Questions are asked about named things; aspects and sentences are not
// members of anything. Pure; English and Chinese.

import { asSimplified } from './han.js';

/** Aspects of a topic, not things: `计算公式`, `指标来源`, `Use case`, `How it works`. */
const ASPECT_ZH =
  /^(?:\p{Script=Han}{0,6}的)?(?:计算公式|公式|思路|指标来源|来源|作用|用途|推荐用例|用例|功能|目的|目标|核心需求|需求|负责人|优点|缺点|好处|坏处|弊端|优势|劣势|不足|局限|特点|特性|特征|原理|工作原理|实现原理|机制|注意事项|注意|注意重点|注意重點|重点|重點|说明|备注|定义|概念|含义|意义|区别|差异|对比|比较|原因|场景|使用场景|适用场景|应用场景|常见使用场景|主要使用场景|典型使用场景|常见场景|方式|方法|方案|示例|例子|举例|总结|小结|结论|问题|解决|解决方法|解决方案|解决办法|处理方法|问题描述|情况|步骤|流程|配置|参数|命令|用法|使用|要点|关键点|关键|建议|最佳实践|常见问题|排查|检查项|风险|挑战|影响|结果|效果|现象|背景|背景问题|需求来源|简介|介绍|概述|版本|默认值|取值|范围|限制|要求|前提|前提点|复习|回顾|条件|依赖|组成|结构|架构|分类|类型|容忍度|阈值|答案|标准答案|参考答案|追问点|追问|考察点|考点|参考|题目描述|题目|题意|解题思路|输入描述|输出描述|回答|解答|实例|类比|比喻|专栏|延伸阅读|扩展阅读|思考题|练习|习题|理解|我的理解|个人理解|心得|体会|底层实现|需要注意的是|要注意的是|具体的说|具体地说|具体来说|也就是说|换句话说|简单来说|简单地说|总的来说|总而言之|是什么|什么是|为什么|为何|怎么做|怎么用|如何使用|工作方式|运作方式|典型用途|常见用途|主要用途|典型场景|核心思想|主要思想|意图|主要解决|何时使用|如何解决|关键代码|应用实例|一句话总结|生命周期|过程|工作过程|详细|详解|详情|正确做法|错误做法|推荐做法|做法|语法|语义|返回值|考察点|考点|评分标准|基本语法|基础语法|语法格式|基本用法|基础用法|案例|案例实操|实操|演示|代码解释|参数详解|经验技巧|技巧)$/u;

const ASPECT_EN_WORDS = [
  'description', 'overview', 'summary', 'introduction', 'intro', 'purpose', 'goal', 'goals', 'objective', 'objectives', 'idea', 'key idea', 'main idea',
  'use case', 'use cases', 'usage', 'example', 'examples', 'example output', 'output', 'note', 'notes', 'key notes',
  'tip', 'tips', 'warning', 'caution', 'important', 'importance', 'benefit', 'benefits', 'advantage', 'advantages',
  'disadvantage', 'disadvantages', 'pros', 'cons', 'drawback', 'drawbacks', 'downside', 'downsides', 'upside', 'upsides', 'limitation', 'limitations', 'feature',
  'features', 'key features', 'characteristics', 'how it works', 'why', 'why it matters', 'when to use', 'how to use',
  'definition', 'meaning', 'reason', 'reasons', 'cause', 'causes', 'solution', 'solutions', 'fix', 'resolution',
  'result', 'results', 'expected', 'expected output', 'expected result', 'verification', 'verify', 'check', 'checks', 'steps',
  'procedure', 'process', 'workflow', 'flow', 'principle', 'mechanism', 'formula', 'source', 'sources', 'scope',
  'context', 'background', 'requirements', 'requirement', 'prerequisites', 'prerequisite', 'dependencies', 'details',
  'detail', 'info', 'information', 'comparison', 'difference', 'differences', 'conclusion', 'best practice',
  'best practices', 'recommendation', 'recommendations', 'considerations', 'impact', 'status', 'explanation',
  'command', 'commands', 'syntax', 'options', 'parameters', 'configuration', 'config', 'setup', 'installation',
  'ideal for', 'best for', 'good for', 'appropriate for', 'suitable for', 'used for', 'great for', 'not for', 'avoid when', "don't use when", 'do not use when', 'use when', 'when not to use', 'pricing', 'cost', 'scalability', 'security', 'performance', 'reliability', 'flexibility',
  'simplicity', 'portability', 'availability', 'observability', 'maintainability', 'usability', 'efficiency',
  'answer', 'question', 'analogy', 'scenario', 'senario', 'scenarios', 'observation', 'observations', 'outcome', 'outcomes', 'use-case', 'real-time example', 'real-life example', 'real-world example',
  'real world example', 'real life example', 'issue', 'issues', 'problem', 'problems', 'risk', 'risks',
  'automation', 'reusability', 'consistency', 'versioning', 'standardization', 'collaboration', 'modularity',
  'extensibility', 'resilience', 'cost efficiency', 'cost savings',
  // `Scheduler › Function`, `Configurability`, `Complexity`: what a profile of a component says about it.
  'function', 'configurability', 'complexity', 'responsibility', 'responsibilities', 'communication',
  'implication', 'implications', 'consequence', 'consequences', 'behavior', 'behaviour',
  // `INPUT`, `EASY CASE`, `Claim`: the parts of an algorithm's write-up, not things of the field.
  'input', 'inputs', 'easy case', 'hard case', 'base case', 'general case', 'claim', 'proof',
];
const ASPECT_EN = new Set(ASPECT_EN_WORDS);
const ASPECT_ADJECTIVE = /^(?:real-time|real-life|real-world|practical|simple|key|main|major|common|important|general|basic|other|additional|more|typical|top|core|primary|notable|known|potential|possible|exact|underlying)$/;

function bare(text: string): string {
  const t = asSimplified(text.normalize('NFKC')).replace(/^\s*(?:\d+[.)]\s*|[-*]\s*)/, '');
  // By hand: `/[\s:：.。!?？]+$/` retries from every character of a long run, quadratic.
  let end = t.length;
  while (end > 0 && /[\s:：.。!?？]/u.test(t[end - 1] as string)) end--;
  return t.slice(0, end).trim();
}

/** An aspect of a topic rather than a thing: `Description`, `Use Case`, `计算公式`, `优点`. */
export function isAspectLabel(text: string): boolean {
  const t = bare(text);
  if (!t) return true;
  // `案例实操1`, `示例2`: an aspect numbered is still one.
  if (ASPECT_ZH.test(t) || ASPECT_ZH.test(t.replace(/(?<=\p{Script=Han})\s*\d+$/u, ''))) return true;
  const lower = t.toLowerCase();
  if (ASPECT_EN.has(lower)) return true;
  // `Key Features`, `Main Benefits`, `Common use cases`: an aspect with a plain adjective before it
  // (but `Rolling update steps` names which steps).
  const words = lower.split(/\s+/);
  if (words.length >= 2 && ASPECT_ADJECTIVE.test(words[0] ?? '') && ASPECT_EN.has(words.slice(1).join(' '))) return true;
  return false;
}

const HAN = /\p{Script=Han}/u;
const VERB_EN =
  /\b(?:is|are|was|were|be|been|has|have|had|does|do|did|can|could|should|must|will|would|may|might|runs?|uses?|makes?|allows?|provides?|ensures?|means?|lets?|needs?|defaults?|wins?|breaks?|fails?|matters?|beats?|hurts?)\b/i;
const CLAUSE_ZH = /(?:是|会|可以|能够|需要|应该|必须|由|将|把|被|在于|构成|包括|包含|负责|用于|通过|目前|均|都|支持(?!的)|具有|拥有|分为|涉及|主要|指明|表示|意味着)/u;

/**
 * `最佳实践`, `Best practices`, `建议`, `Tips`, a column of `Recommendation`s: advice, whose lines say what to
 * do (their labels are the note's own) and whose numbers are recommendations.
 */
export function isAdviceSection(label: string): boolean {
  // (`安全操作守則`, `最佳實踐`: traditional characters read as simplified.)
  return /最佳实践|建议|推荐|经验|技巧|守则|准则|\b(?:best practices?|dos and don['’]?ts|recommendations?|recommended|tips|guidelines?|rules? of thumb|advice|suggestions?)\b/i.test(asSimplified(label));
}

/** Command names, as typed (lower case): a line that starts with one is a command. */
const COMMAND_START =
  /^(?:\$\s*)?(?:kubectl|docker|podman|helm|kubeadm|crictl|ctr|nerdctl|systemctl|journalctl|etcdctl|etcdutl|minikube|kind|k3s|vagrant|argocd|istioctl|linkerd|flux|velero|kustomize|terraform|curl|wget|apt|apt-get|yum|dnf|sudo|echo|cat|grep|export|chmod|chown|mkdir|ssh|scp|openssl|iptables|ipvsadm|git|npm|pip)\s+\S/;
/** Words after a tool's name that make a sentence about it, not a command line. */
const PROSE_AFTER = /^\S+\s+(?:is|are|was|can|could|will|would|has|have|does|do|uses?|provides?|helps?|lets?|allows?|makes?|and|or|to|as|for)\b/i;

/** `docker pull mysql`, `$ kubectl apply -f pod.yaml`: a command as typed (`docker is a tool…` is a sentence). */
export function isCommandLine(text: string): boolean {
  const t = text.trim();
  return COMMAND_START.test(t) && !/\p{Script=Han}/u.test(t) && !PROSE_AFTER.test(t.replace(/^\$\s*/, ''));
}

/** `argocd repo add，argocd cluster add`, `vagrant ssh master/kubectl get nodes`: command lines and nothing else. */
export function commandsOnly(text: string): boolean {
  return text.split(/\s*[，,、；;]\s*|\/(?=[a-z][\w-]*\s)/u).every((part) => isCommandLine(part.replace(/[。.]$/u, '')));
}

/** A question word, then a pronoun: `What it does`, `How they fit together`, `Why this matters`. */
export const PRONOUN_CLAUSE = /^(?:what|how|why|when|where|which|who)\s+(?:\S+\s+)?(?:it|its|they|them|their|this|these|those|we|you)\b/i;

/** A sentence (a statement), not a noun phrase: `CNI 由三大部分构成`, `This lets the pod start`. */
export function isSentence(text: string): boolean {
  // A full stop at the end (`key-value data store.`) ends a sentence, not a name.
  if (/[^.]\.\s*$/.test(text.normalize('NFKC')) && !/\b(?:e\.g|i\.e|etc|vs)\.\s*$/i.test(text)) return true;
  const t = bare(text);
  // `Choosing a Controller`, `Receiving Pod definitions`: an activity, not a thing.
  if (/^[A-Za-z]+ing\s+\S/.test(t) && !/^(?:ingress|string|routing|logging|networking|scheduling|rolling|pending|running|existing)\s/i.test(t)) return true;
  if (/[。！？!?]|[，,；;]/.test(t)) return true;
  // `What it covers`, `How They Work Together`: a clause about something named elsewhere.
  if (PRONOUN_CLAUSE.test(t)) return true;
  // `A RoleBinding links`: a named thing and its verb, the lead-in of a list and not the list's name.
  if (/^(?:[Aa]n?|[Tt]he)\s+[A-Z][\w-]*\s+(?:links|connects|binds|grants|contains|includes|holds|stores|needs|gives|takes|lets|supports|creates|manages|has|offers|exposes|selects|matches)$/.test(t)) return true;
  if (HAN.test(t)) return t.length > 6 && CLAUSE_ZH.test(t);
  const words = t.split(/\s+/);
  return words.length >= 5 || (words.length >= 3 && VERB_EN.test(t));
}

/** A noun phrase that names something: not empty, not an aspect, not a sentence, not too long. */
/** `for TLS.`, `and the rest`: a piece of a sentence, not a name. */
const PIECE_OF_SENTENCE = /^(?:for|and|or|of|to|with|in|on|by|from|the|a|an|as|at|via|if|when)\s/i;
/** `Long-term`, `Docker-Specific`, `Runtime-Agnostic`: a compound adjective, a label. */
const COMPOUND_ADJECTIVE = /^[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+$/;
/** `List Running Pods`, `Get Detailed Pod Information`: a task, the label of a command. */
const TASK_EN =
  /^(?:list|get|show|describe|display|view|check|add|create|delete|remove|set|scale|restart|stop|start|run|apply|edit|install|enable|disable|generate|access|connect|switch|expose|inspect|find|monitor|debug|troubleshoot|verify|test|open|follow|watch|copy|exec|forward)\s+(?:the\s+|a\s+|an\s+|all\s+|your\s+)?[A-Za-z]/i;

function isNamedThing(text: string): boolean {
  const t = bare(text);
  if (!t || isAspectLabel(t) || isSentence(t)) return false;
  if (PIECE_OF_SENTENCE.test(t) || COMPOUND_ADJECTIVE.test(t) || TASK_EN.test(t)) return false;
  if (HAN.test(t)) return [...t].length <= 16;
  return t.split(/\s+/).length <= 4 && t.length <= 40;
}

/** Nouns that end the names of kinds of things (`Liveness Probe`, `Node Controller`, `静态 Pod`). */
const KIND_NOUN_EN =
  /\b(?:controllers?|probes?|volumes?|polic(?:y|ies)|services?|sets?|plugins?|drivers?|prox(?:y|ies)|managers?|servers?|namespaces?|pods?|nodes?|containers?|runtimes?|class(?:es)?|accounts?|roles?|bindings?|quotas?|ranges?|updates?|strateg(?:y|ies)|interfaces?|provisioners?|balancers?|ingress(?:es)?|gateways?|endpoints?|clusters?|registr(?:y|ies)|images?|networks?|modes?|types?|phases?|states?|objects?|resources?|hooks?|handlers?|schedulers?|agents?|daemons?|engines?|layers?|filesystems?|systems?|protocols?|ports?|labels?|selectors?|annotations?|taints?|tolerations?|affinity|limits?|requests?|secrets?|maps?|jobs?|deployments?|replicas?|files?|commands?|tools?|apis?|keys?|tokens?|certificates?|algorithms?|caches?|queues?|informers?|listers?|indexers?|clients?|operators?|definitions?|admission|webhooks?|formats?|specs?|fields?|versions?|groups?)$/i;

/** A Chinese word for an ability or a degree (`扩展能力`, `复杂程度`): an aspect, not a thing. */
const QUALITY_ZH = /(?:能力|程度)$/u;

/**
 * Plain capitalised words that are names in this field (kinds, states, values, tools), so a
 * single one is a thing, not a label the note put before a colon (`Function`, `Provider`).
 */
const VOCABULARY = new Set(
  (
    'pod service deployment job secret namespace node ingress endpoints role lease event gateway volume container image cluster ' +
    'label annotation taint toleration affinity probe controller scheduler kubelet proxy registry dockerfile compose swarm kubernetes ' +
    'docker podman containerd helm kustomize kubectl kubeadm minikube kind k3s k8s rancher openshift calico flannel cilium weave canal ' +
    'istio linkerd envoy nginx traefik haproxy coredns kubedns etcd raft prometheus grafana alertmanager jaeger zipkin loki fluentd ' +
    'fluentbit elasticsearch kibana logstash harbor quay velero vault consul terraform ansible jenkins argo argocd flux tekton keda ' +
    'knative falco gatekeeper kyverno trivy ubuntu debian centos fedora alpine rhel suse windows linux macos aws gcp azure eks gke aks ' +
    'liveness readiness startup ' +
    'pending running succeeded failed unknown waiting terminated completed available bound released retain delete recycle always never ' +
    'recreate parallel ready initialized burstable guaranteed filesystem block exists equal leader follower candidate learner allow deny ' +
    'bridge host none overlay macvlan ipvlan iptables ipvs nftables userspace vxlan bgp ipip wireguard geneve ' +
    'tcp udp sctp http https grpc dns tls mtls ssh nfs iscsi ceph rook glusterfs longhorn openebs cinder ebs ' +
    'cgroups namespaces seccomp apparmor selinux capabilities overlayfs aufs devicemapper btrfs zfs ' +
    'readinessprobe livenessprobe startupprobe sidecar init ephemeral static mirror daemon cron webhook operator crd ' +
    'clusterip nodeport loadbalancer externalname headless'
  ).split(' '),
);

/** Whether a text holds a name of the field among its words (`NamespaceLifecycle`, `Taint effects: NoSchedule`, `What is a Secret?`). */
export function namesFieldWord(text: string): boolean {
  const words = text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z][a-z0-9]*/g) ?? [];
  if (words.some((word) => VOCABULARY.has(word) || VOCABULARY.has(word.replace(/(?<=[a-z]{3})s$/, '')))) return true;
  // `Network Policies`, `Config Maps`: a capitalised word before a kind noun names a thing of that kind.
  return [...text.matchAll(/\b[A-Z][a-z]+\s+([A-Za-z]+)/g)].some((match) => KIND_NOUN_EN.test(match[1] as string));
}

/** The shape of a name, so names of one kind are offered together: `hostPath` is not among `ReadWriteOnce`s. */
type NameKind = 'han' | 'acronym' | 'lower' | 'pascal' | 'qualified' | 'words' | 'pattern' | 'constant' | 'file';

export function nameKind(text: string): NameKind {
  const t = bare(text);
  if (HAN.test(t)) return 'han';
  if (/\s/.test(t)) return 'words';
  // `*.tar.gz`, `.bashrc`: file patterns, not among `ETCD_DATA_DIR`s or `Object.class`es.
  if (/[*?]|^\.\w/.test(t)) return 'pattern';
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(t)) return 'constant';
  // `values.yaml`, `Chart.yaml`, `kubelet.conf`: files, not among `metadata.name`-style fields.
  if (/^[\w.-]+\.(?:ya?ml|json|toml|conf|cfg|ini|md|txt|sh|py|go|tpl|env|lock|xml|properties)$/i.test(t)) return 'file';
  if (/[/]|^[a-z][\w-]*\.[a-z]|^[A-Z]\w*\.[a-z]/.test(t)) return 'qualified';
  if (/^[A-Z0-9&-]{2,}s?$/.test(t)) return 'acronym';
  return /^[a-z]/.test(t) ? 'lower' : 'pascal';
}

/**
 * A technical name rather than a descriptive label: in English an identifier (`RWO`,
 * `ReadWriteOnce`, `kube-proxy`, `data`), a name of the field (`Calico`, `Pending`), or a few
 * words ending in a kind noun (`Liveness Probe`); `Function`, `Layered Architecture` and
 * `Community Support` are labels. In Chinese, anything named that is not an ability or a degree (`扩展能力`).
 */
export function isTechnicalName(text: string): boolean {
  const t = bare(text);
  if (!isNamedThing(t)) return false;
  if (HAN.test(t)) return !QUALITY_ZH.test(t) || /[A-Za-z]/.test(t);
  const words = t.split(/\s+/);
  if (words.length === 1) {
    const word = words[0] as string;
    // An identifier: inner capitals, digits, punctuation, or all lower case (a field, a command).
    if (/[a-z][A-Z]|[A-Z]{2}|[\d_./-]|^[a-z]+$/.test(word)) return true;
    return VOCABULARY.has(word.toLowerCase());
  }
  // A word of code among them (`HTTPGetAction`, `spec.replicas`, `v1`); a hyphen alone is plain English (`key-value`).
  if (words.some((w) => /[A-Z].*[A-Z]|[a-z][A-Z]|[\d_./]/.test(w))) return true;
  return KIND_NOUN_EN.test(t);
}

/**
 * A symbol of some program's source (`NewYurtHubOptions`, `yurtHubOptions.Validate`,
 * `syncPod()`): knowing it is knowing that code, not the subject, so it is not asked about.
 */
export function isCodeSymbol(text: string): boolean {
  const t = text.trim();
  if (/\(\)$|^[a-z]\w*\.[A-Z]\w*$/.test(t)) return true;
  // Reasons a Pod shows (`CreateContainerConfigError`) read like functions but are states.
  if (/(?:Error|BackOff|Failed|Exceeded|Pending)$/.test(t)) return false;
  return /^(?:New|Run|Handle|Sync|Get|Set|Create|Start|Init|Make|Build|Register|Add|Update|Delete|Process|Watch|List|Do|Must|Parse|Validate|Complete)[A-Z][a-z]\w*[A-Z]\w*$/.test(t);
}

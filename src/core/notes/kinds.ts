// What a heading, a lead-in or a list item is, beyond its words: a procedure and its steps,
// a reference list, exercise scaffolding, a state list. The loader asks these before it makes
// a bank, so what is not knowledge (tables of contents, links, lab objectives) makes nothing,
// and only a real procedure is ever asked as an order. Pure; English and Chinese.

import { QUESTION_LABEL, asSimplified, isAspectLabel, isCommandLine, readOnce } from '../text/index.js';
import { parseColonTerm, splitParen } from './patterns.js';

const HAN = /\p{Script=Han}/u;

/** Heading numbering and decoration: `3.1.`, `Step 2:`, `✅`, `📝`. Memoised: every list asks of its titles. */
export const bareTitle: (text: string) => string = readOnce((text) => stripTitle(text), 20_000);

function stripTitle(text: string): string {
  const bare = asSimplified(text.normalize('NFKC'))
    .replace(/[\p{Extended_Pictographic}\uFE0F\u20E3]/gu, '')
    // `Q10.2 Compare Service types`: an exercise's number, not part of its title.
    .replace(QUESTION_LABEL, '')
    .replace(/^\s*(?:\d+(?:\.\d+)*[.)、]?|[(（]?[一二三四五六七八九十]+[)）、.]|[a-z][.)])\s+/iu, '')
    .replace(/^\s*\d+(?:\.\d+)*[.)、]\s*/u, '')
    // `(4)、匹配选项`: a number in brackets, and the mark after it.
    .replace(/^\s*[(（][\d一二三四五六七八九十]+[)）][、.]?\s*/u, '');
  return trimLabelEnd(bare).trim();
}

/** Spaces and colons off the end. By hand: `/[\s:：]+$/` is quadratic on a long run of them. */
function trimLabelEnd(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s:：]/u.test(text[end - 1] as string)) end--;
  return text.slice(0, end);
}

// --- debris ---------------------------------------------------------------------------------

const REFERENCE =
  /^(?:参考(?:文献|资料|链接|文档|文章|阅读)?|参考(?:规范|文献|资料|链接|文档|标准)(?:与|和|及|、)(?:规范|文献|资料|链接|文档|标准)|更多参考|相关(?:链接|文档|阅读|资料)|(?:学习|推荐|相关)?(?:资料|资源)|延伸阅读|扩展阅读|推荐阅读|拓展阅读|进一步阅读|深入阅读|references?|reference links|see also|related (?:components|topics|docs|documents|pages|notes|guides)|further reading|(?:useful |related |external |more )?links|(?:additional |further |useful |learning |more )?resources|(?:(?:recommended|official|community|external|online|additional|further|useful|helpful|more|other|free|learning|study|extra)\s+)+(?:resources|links|reading|materials|documentation)|(?:official\s+)?documentation\s+(?:&|and)\s+(?:resources|links)|(?:books|courses|tutorials|videos|blogs)(?:,?\s+(?:&|and)?\s*(?:books|courses|tutorials|videos|blogs))+|bibliography|sources|credits|acknowledge?ments?|read more|learn more)$/i;

/** `参考文献`, `References`, `See also`, `Further reading`: a list of places to read, not facts. */
export function isReferenceTitle(text: string): boolean {
  return REFERENCE.test(bareTitle(text));
}

const SCAFFOLD =
  /^(?:community knowledge|human[- ]friendly notes?|.*\banalog(?:y|ies)\b.*|.*(?:类比|打个比方).*|in plain (?:english|words)|eli5|.*\bexam (?:preparation|prep|tips?|strateg(?:y|ies)|day)\b.*|files in this (?:section|chapter|folder|directory|repo(?:sitory)?)|(?:repo(?:sitory)?|project) purpose|purpose of this (?:repo(?:sitory)?|project)|about this (?:repo(?:sitory)?|project)|what'?s (?:in|inside) this (?:repo(?:sitory)?|project)|(?:learning )?road ?map|tools used|(?:本仓库|本项目)(?:的)?(?:目的|内容|简介|说明)|学习路线|included files|(?:本章|本节)?文件(?:列表|说明)|.*考试(?:技巧|准备|经验|攻略).*|mnemonics?|速记|口诀|记忆方法|(?:learning |lab |exercise )?objectives?|goals? of (?:this|the) (?:lab|exercise)|instructions|requirements|tasks?|your tasks?|(?:daily|day[- ]to[- ]day|real(?:[- ]world)?|real industry|typical)(?: engineer| industry| devops| sre| on[- ]call)? (?:tasks?|work|duties|responsibilities|tickets)|.*\b(?:engineer|job|role)(?:['’]s)? (?:tasks|duties|responsibilities)\b.*|日常(?:工作|任务|职责)|实际工作(?:任务|内容)?|exercises?(?:\s*[—–:-]\s*.*)?|exercise (?:progression|list|index|overview)|(?:beginner|intermediate|advanced) (?:level )?exercises|practice(?: exercises?)?|hands-on(?: exercises?| lab)?|labs?|lab \d+\b.*|exercise \d+\b.*|task \d+\b.*|question \d+\s*[:：.-]\s*[^?？]*|test cases?|test case \d+\b.*|next|next steps?(?: for [\w ]+)?|下一步(?:学习|计划)?|进一步学习|further (?:learning|study)|previous|prev|pre-?requisites?|pre-?requirements?|todo(?:[ _-]?list)?|待办(?:事项)?|.*\b(?:assessment|grading)?[ -]?rubrics?\b.*|.*\bcertification bar\b.*|.*\b(?:tool[ -])?installation[ -]guide\b.*|.*\blab ideas?\b.*|what (?:you|we)(?:['’]ll| will)\b.*|what (?:you|we)(?: have|['’]ve)? learn(?:ed|t)\b.*|我们学到了什么|学到了什么|(?:这一?(?:阶段|章|节|课|部分))?(?:到底)?(?:在|要)学(?:些)?什么|what (?:you|we)['’]re building.*|bad answers?|good answers?|sample answers?|model answers?|hints?|expected (?:output|result)s?|solutions?|homework|assignments?(?:\s*[—–:-]\s*.*)?|quiz|.*(?:学习路[径线]|学习计划|路线图|项目计划|项目规划).*|.*\bproject plan\b.*|.*\b(?:learning (?:path|plan)|study (?:path|plan)|roadmap)\b.*|.*(?:补全清单|待补充|待完善|后续补全|后续计划).*|ready for (?:the next )?(?:lesson|part|chapter|module|section)\b.*|关于本书|关于作者|.*(?:读者交流|交流群|联系方式|社区交流|加群).*|contact(?: me| us)?|about (?:me|the author)|(?:如何)?参与(?:步骤|方式|贡献)?|如何贡献|贡献指南|about (?:this|the) (?:book|guide|course)|how to contribute|contribution guide|contributing|next (?:lessons?|chapters?|modules?)|up next|what['’]?s next|choose one|choose (?:your|the) next\b.*|what should (?:we|i|you) learn next\b.*|which one next\b.*|how to use(?: (?:this|these|the)(?: (?:repo(?:sitory)?|guide|course|book|notebook|handbook|workbook|cheat ?sheet|notes|exams?|labs?|questions|section|folder|memo|material|page|site))?)?|(?:项目)?(?:技术栈|技术选型|项目结构|目录结构)|(?:core |key )?technologies(?: (?:used|&|and) tools)?|tools (?:&|and) (?:environment|technologies)|built with|(?:tech(?:nology)? stack|project structure|folder structure|directory structure|file structure|repo(?:sitory)? (?:layout|structure)|code structure)|(?:动手|课后|实作|实操)?练习题?|习题|实验(?:目标|要求|步骤|\d+.*)?|作业|思考题|任务\d*|测试用例.*|trainer['’]?s? guide|topics covered|syllabus|curriculum|课程大纲|学习大纲|course (?:outline|prep(?:aration)?(?: steps)?|agenda|logistics)|agenda|how to use by participants|for (?:the )?participants|how to (?:build|run)(?: (?:and|&) run)?|(?:建议的?)?学习顺序|(?:如何)?(?:检查)?(?:是否)?清理(?:干净|实验环境|环境|资源)|clean(?:ing)?[ -]?up(?: (?:the )?(?:lab|environment|resources|cluster))?|tear(?:ing)?[ -]?down(?: (?:the )?(?:lab|environment|resources|cluster))?|如何使用(?:这个|本)?\s*(?:repo|仓库|笔记(?:库)?|教程)?|(?:本(?:章|节))?检核点(?:\s*[(（]checklist[)）])?)$/i;

/** Titles of a whole collection of notes rather than of one subject. */
const COLLECTION_TITLE = /知识库|知识点|知识体系|合集|汇总|大全|题库|面试题|面试宝典|八股|速查|手册|\b(?:knowledge base|cheat ?sheets?|handbook|wiki|collection|interview (?:questions|prep(?:aration)?))\b/i;

/** `K8s&Docker知识库`, `CI/CD - DevOps Interview Questions`: a collection of subjects, which names none of them. */
export function isCollectionTitle(text: string): boolean {
  return COLLECTION_TITLE.test(text);
}

/** `Objectives`, `Instructions`, `Lab 3: …`, `Test case 2`, `Bad answer`: the scaffolding of an exercise. */
export function isScaffoldTitle(text: string): boolean {
  // (`動手練習`, `建議學習順序`: traditional characters read as simplified.)
  return SCAFFOLD.test(asSimplified(bareTitle(text)));
}

/** A bare URL, or a URL with a few words of label: a link, not a definition. */
export function isUrl(text: string): boolean {
  const t = text.trim();
  if (/^(?:<)?(?:https?|ftp):\/\/\S+$/i.test(t)) return true;
  // `www.` + name + `.` + more, no spaces; by hand, since `\S+\.\S+$` backtracks over every dot.
  return /^www\.\S+$/i.test(t) && t.slice(5, -1).includes('.');
}

// --- procedures -----------------------------------------------------------------------------

/** Words that say a procedure follows, whatever its items are: `流程`, `Steps`, `How X works`. */
// `Pod creation process`, `the process of scheduling`; not `Process Isolation` or `process IDs`, where it names what runs.
// (`流程图` is a kind of diagram, not a flow told.)
const PROCESS_ZH = /流程(?!图)|步骤|过程|顺序|先后|工作原理|执行逻辑|处理逻辑|调用链|怎么做|如何|怎样/;
const PROCESS_EN =
  /\b(?:steps?|process(?=\s*[:：?？]?\s*$|\s+(?:of|for|to|in)\b)|workflow|work ?flow|procedure|how to|how (?:\S+ ){1,5}works?|walk-?through|getting started|quick ?start|sequence|pipeline|(?:work|data|request|traffic|call|auth|login|message|event|packet|release|deploy(?:ment)?|build|process|git|ci|cd|oauth|signal|main|basic|overall|whole|general|high-level|execution|processing|user|page)[ -]?flow|^flow|lifecycle of|order of)\b/i;
/** Words that say what is done (`安装`, `Install …`): a procedure only when its items are instructions. */
const TASK_ZH = /^(?:安装|部署|搭建|升级|迁移|回滚|初始化|配置|创建|编译|构建|卸载|备份|恢复)|(?:的)?(?:安装|部署|搭建|升级|迁移|回滚|备份|恢复)(?:方法|方式)?$/;
// `Making a commit:`, `Bringing up a namespace:`: a doing word leads a task too (its items must still be instructions).
const TASK_EN = /^(?:[a-z]{3,}ing\s+(?:up\s+|down\s+|out\s+)?(?:a|an|the|your|new)\b|install(?:ing|ation)?|set(?:ting)? ?up|deploy(?:ing|ment)?|upgrad(?:e|ing)|migrat(?:e|ing|ion)|bootstrap(?:ping)?|configur(?:e|ing)|creat(?:e|ing)|build(?:ing)?|uninstall(?:ing)?|backup|back up|restor(?:e|ing)|enabl(?:e|ing))\b|\b(?:installation|setup|deployment|upgrade|migration)$/i;
const NOT_A_PROCESS = /^(?:next steps?|key steps|further steps)$|^to (?:ensure|achieve|keep|maintain|improve|avoid|prevent|reduce|optimi[sz]e|maximi[sz]e|minimi[sz]e|secure|protect|guarantee|increase|boost)\b|公理|定理|\baxioms?\b|\btheorems?\b|^(?:如何|怎么|怎样)(?:发现|找到|查找|定位|检测|识别|判断|查看|避免|防止|阻止|预防)|^how to (?:find|detect|spot|identify|locate|tell|avoid|prevent)\b|(?:如何|怎么|怎样)(?:减小|减少|降低|缩小|优化|提高|提升|加快|加速|节省|持久化|保证|确保)|^how (?:to|do (?:you|we|i)|can (?:you|we|i)|should (?:you|we|i)) (?:reduce|shrink|minimi[sz]e|optimi[sz]e|improve|speed up|secure|harden|persist|ensure|keep)\b|^ways to\b|^为了(?:确保|保证|提高|避免|防止|减少)|^(?:本文|本篇|本章|本节|这篇文章)|\bin this (?:article|post|guide|chapter|lesson|section)\b|\bwe (?:have )?(?:covered|learned|discussed|saw)\b|回答|答法|答题|\b(?:answer outline|how to answer|sample answer|model answer)\b|^(?:declarative|scripted|multibranch|jenkins|gitlab|azure) pipelines?$|decision (?:tree|table|matrix)|决策树|\b(?:and|&)\s+next steps?$|重现|复现|\brepro(?:duce|duction)?\b|流程控制|控制流|control flow|上图|下图|如图|(?:最佳|好的|推荐的?|良好的?)实践|(?:best|good|recommended) practices?|注意事项|常见问题|\bfaq\b|checklist|^(?:why|what|which|who|when|为什么|为何|什么|哪)|(?:组成|构成|结构|组件|字段)$|\b(?:components|structure|fields|composition)$/i;

/** `Ingress vs Gateway API`, `Containers versus VMs`, `活动图和流程图的区别`, `Docker 与虚拟机对比`: two things set side by side
 * (`差异备份`, a differential backup, and `比较重要的调用方法`, "rather important", are no comparisons). */
const COMPARISON = /\bvs\.?(?:\s|$)|\bversus\b|对比|的(?:区别|差异|差别)|(?:区别|差异|差别|比较|不同)$|\bdifferences?\b|\bcompar(?:ed|ison)\b/iu;

/** A heading, a lead-in or a label over two things set side by side, not one thing or a procedure. */
export function isComparisonTitle(text: string): boolean {
  return COMPARISON.test(bareTitle(text));
}

/** A sentence that ends by announcing steps: `…的主要流程如下：`, `Follow these steps:`. */
const ANNOUNCES_STEPS = /(?:流程|步骤|过程|顺序)(?:如下|如下所示|是|为)?\s*[:：]?$|(?:如下|以下)(?:几个)?步骤|\b(?:the following (?:steps|flow|sequence)|these steps|as follows|step by step)\b/i;

/** A heading or lead-in that says a procedure follows: `Pod创建流程`, `Steps`, `How to …`. */
export function isProcessTitle(text: string): boolean {
  const t = bareTitle(text);
  if (!t || NOT_A_PROCESS.test(t) || COMPARISON.test(t)) return false;
  // In a sentence, `过程` may be a word in passing (`处理的过程就像一个过滤器`): it must announce the steps.
  if (/[，,。；;]/.test(t) || t.length > 40) return ANNOUNCES_STEPS.test(t);
  return PROCESS_ZH.test(t) || PROCESS_EN.test(t);
}

const HOW_IT_WORKS = /^how\b.*\bworks?\b|^how to (?:create|update|use|manage|delete)\b.*\b(?:objects?|resources?)$|如何工作|怎么工作|工作方式|工作原理/i;

/**
 * `How Network Policies Work`, `gVisor 工作原理`, `How to update objects`: a process title over how
 * something works, whose bullets may be facts about it rather than steps.
 */
export function isHowItWorksTitle(text: string): boolean {
  return HOW_IT_WORKS.test(bareTitle(text));
}

/**
 * `如何得到镜像`, `How to get an image`: a title that asks how, and says nothing of steps or a flow;
 * a bulleted list under it may give the ways to do it, not steps in turn.
 */
export function asksOnlyHow(text: string): boolean {
  const t = bareTitle(text);
  return /如何|怎么|怎样|\bhow to\b/i.test(t) && !/流程|步骤|过程|顺序|先后|\b(?:steps?|process|workflow|procedure|sequence)\b/i.test(t);
}

/** A heading that names a task (`安装 Helm`, `Install the Binary`): its list is a procedure if it gives instructions. */
export function isTaskTitle(text: string): boolean {
  const t = bareTitle(text);
  if (!t || NOT_A_PROCESS.test(t)) return false;
  return TASK_ZH.test(t) || TASK_EN.test(t);
}

// `执行以下主要任务`, `its responsibilities are`: duties, done side by side, not in turn;
// `可以使用以下选择`, `the options are`: alternatives, one of them taken, not all in turn.
// `它允许您自动：`, `it lets you`: what a tool can do, each on its own.
const ENUMERATION = /允许您|允许你|可以让您|可以让你|使您能够|使你能够|\b(?:allows? you to|lets? you|enables? you to)\b|包括|包含|分为|有以下|以下几|几种|原因|种类|类型|特点|特性|功能|优点|缺点|优势|区别|场景|任务|职责|职能|以下选择|以下选项|几种方案|可选方案|几种方式|几种方法|几种策略|(?:主要|常见|常用)的?(?:方式|方法|途径|手段|方案)|\b(?:options|choices|alternatives|approaches|strateg(?:y|ies)|(?:several|two|three|different|many) (?:ways|methods)|include|includes|including|such as|types? of|kinds? of|reasons?|causes?|features?|benefits?|advantages?|examples?|tasks|responsibilities|duties)\b/i;

/** A lead-in that announces kinds, causes or features (`一般原因包括：`), not a procedure. */
export function isEnumerationCue(text: string): boolean {
  return ENUMERATION.test(asSimplified(text)) && !isProcessTitle(text);
}

/** `Pod pending状态排查`, `Troubleshooting`: a section of causes to check. */
const TROUBLESHOOTING = /排查|故障|诊断|troubleshoot/i;

export function isTroubleshootingTitle(text: string): boolean {
  return TROUBLESHOOTING.test(asSimplified(text));
}

// Debugging, checks, `Upgrade considerations`, `注意事项`: points to keep in mind, in no order, even before steps.
const CHECKLIST = /检查项|注意事项|注意点|如何(?:预防|避免)|预防措施|避免方法|debug|diagnos|checklist|common (?:issues|problems|errors)|\bconsiderations$|\bthings to (?:consider|keep in mind|remember)$|^how to (?:prevent|avoid|mitigate|improve|increase|reduce|optimi[sz]e|speed up|harden)\b|^ways to\b|^how to (?:fix|resolve|solve)\b|^(?:possible |common )?(?:fix(?:es)?|remedies|solutions)$|解决(?:方法|办法|方案)$|如何(?:提高|提升|优化|降低|减少)|优化(?:方法|建议|手段)|\bprevention\b|\bmitigations?$/i;

/**
 * A troubleshooting checklist: the note calls it steps, but the checks may be made in another
 * order just as well, so it is recalled, never ordered.
 */
export function isChecklistTitle(text: string): boolean {
  const t = asSimplified(text);
  return TROUBLESHOOTING.test(t) || CHECKLIST.test(t);
}

const EN_IMPERATIVE = new Set(
  (
    'add allow apply assign attach authenticate authorize back backup bind boot bootstrap build calculate call change check choose clean clear clone ' +
    'commit compile compute configure confirm connect convert copy cordon create decide define delete deploy detach determine disable download drain ' +
    'edit enable ensure enter evict execute exit expose extract fetch find fix forward generate get give go grant import increase initialize init ' +
    'inject insert inspect install join kill label launch list load locate log login look make map mark merge migrate modify monitor mount move ' +
    'navigate obtain open pack package parse pass patch pick place point populate prepare prep print promote provide provision publish pull push ' +
    'put query read rebuild reboot receive record redeploy register reload remove rename render repeat replace request reset resolve restart restore ' +
    'resume retry return review revoke roll rotate route run save scale scan schedule select send serve set setup share sign specify split ssh start ' +
    'stop store submit switch sync tag taint tear terminate test trigger turn type uncordon uninstall unmount update upgrade upload use validate ' +
    'verify view visit wait watch write'
  ).split(' '),
);

/** Verbs that make a Chinese item an action or an event (`部署CRD`, `调度器选择节点`). */
const ZH_VERB =
  /列出|遍历|构造|输出|创建|删除|调用|发送|发起|执行|运行|启动|停止|关闭|检查|确认|核对|获取|读取|写入|写回|更新|修改|配置|安装|卸载|部署|选择|选出|挑选|计算|判断|返回|绑定|挂载|挂接|卸载|拉取|推送|构建|打包|替换|生成|注册|监听|监控|提交|通知|处理|转发|解析|匹配|分配|加入|移除|清理|设置|初始化|同步|下载|上传|重启|等待|发现|验证|认证|授权|调度|申请|请求|进入|完成|触发|标记|收到|接收|汇总|比较|放入|取出|扩容|缩容|编写|编译|使用|添加|打开|点击|输入|登录|复制|新建|准备|升级|回滚|导入|导出|保存|加载|连接|建立|释放|回收|销毁|终止|杀死|启用|禁用|开始|结束|送达|到达|经过|映射|预留|弹出|排除|评分|打分|筛选|过滤|记录|上报|续约|驱逐|重试|退出|转换|拼接|查询|查找|选举|投票|成为|发给|交给|写出|打上|传递|下发|拦截|校验|注入|拷贝|迁移|恢复|备份|封装|解封装|路由|应答|响应|监测|判定|抢占|分发|识别|拆分|合并|推进|切换|重建|扩展|修复|部署|提供|接管|加载|装载/;

/** `Identifies the resource`, `Defines the desired state`: what a named part is or holds. */
const DESCRIBES = /^(?:identifies|defines|describes|specifies|indicates|represents|contains|holds|stores|lists|means|refers to)\b/i;

/** `语言选择`, `分区设置`, `网络配置`: an installer's option, named by what is chosen. */
export const SETTING_LABEL = /^\p{Script=Han}{1,6}(?:选择|设置|配置)$/u;

/** `Copy Fails`, `Permission Denied`, `节点加入失败`: a symptom, the head of a troubleshooting entry. */
const TROUBLE = /\b(?:fails?|failed|failure|errors?|denied|refused|not found|timeouts?|timed out|cannot|can't|unable|issues?|problems?|crash\w*|not ready|not working|unreachable)\b|失败|错误|报错|异常|无法|超时|拒绝|不通|不可用|问题/i;

/** What the note says next, as an aside: `此时查询 Pod 会显示 Terminating 状态`. */
const OBSERVATION = /^(?:此时|这时候?|此刻|这个时候|at this point|at this stage|now,? you|you (?:will|should|can) (?:now )?see)/i;
const SEEN = /显示|看到|查到|查询|可见|呈现|shows?|displays?|see|appears?|reports?/i;
/** `到此为止，…`, `In summary, …`: the note summing up what the steps did, no step of its own. */
const CONCLUSION = /^(?:到此为止|至此|到这里|到这一步|这样一来|综上|总之|总结一下|in (?:summary|short)\b|to (?:summari[sz]e|sum up)\b|that'?s (?:it|all)\b)/i;
/** `以deployment部署为例，…`, `注：…`, `For example, …`: the note setting up its example or adding a remark, not a step. */
const ASIDE = /^(?:以[^，,。；]{1,24}为例|例如|比如|举例来说|这里省略|注\s*[:：]|(?:note|for example|e\.g\.)[\s:,])/i;

const SEQUENCE_MARK = /^(?:首先|第[一二三四五六七八九十\d]+步|然后|接着|随后|之后|其次|再|最后|最终|first(?:ly)?\b|second(?:ly)?\b|then\b|next\b|after (?:that|this)\b|afterwards\b|finally\b|lastly\b|step \d+)/i;

/** The item starts with a word that places it in a sequence: `首先`, `然后`, `Finally`, `Step 3`. */
export function hasSequenceMark(text: string): boolean {
  return SEQUENCE_MARK.test(text.trim());
}

/** An instruction: `Install the binary`, `部署CRD`, `为 yurthub 创建配置`. */
export function isInstruction(text: string): boolean {
  const t = text.trim().replace(/^[\s*_`"'“(（]+/, '');
  if (HAN.test(t.slice(0, 2))) {
    // `部署CRD`, `先停止 kubelet`, `为 yurthub 创建配置`: the verb opens the item.
    const lead = /^(?:先|再|然后|接着|首先|最后|为|给|向|在|用|将|把|通过|使用|从)/.exec(t);
    const verb = ZH_VERB.exec(t);
    return verb !== null && (verb.index === 0 || (lead !== null && verb.index <= 12 && !/[:：]/.test(t.slice(0, verb.index))));
  }
  const first = (t.split(/[\s:：]+/)[0] ?? '').toLowerCase();
  return EN_IMPERATIVE.has(first);
}

/**
 * `Felix 组件负责…`, `X is used to…`, `Task Distribution: It distributes these tasks…`: what a part does
 * (or one of a thing's duties, named and then told), not a step it takes in turn.
 */
const ROLE = /负责|用于|可以|能够|主要作用|\b(?:is responsible for|are responsible for|is used (?:to|for)|are used (?:to|for)|handles|manages|provides)\b|^[^:：]{3,40}[:：]\s*(?:it|they)\s+(?:also\s+)?[a-z]{2,}s\b/i;

/** Most items describe the roles of parts, not events: a description, however it is titled. */
export function describesRoles(texts: readonly string[]): boolean {
  return texts.filter((t) => ROLE.test(t)).length * 2 > texts.length;
}

/**
 * `kubectl also supports…`, `This should not be used with…`, `…depends on the storage`, `虽然降低了通用性`,
 * `理解…的关键在于…`: a statement of what is possible, advised or true, not an action that happens next.
 */
const STATEMENT = /\b(?:should|must|can|cannot|could|may|might|also|supports?|depends? on|however|is named|are named|is recommended|are recommended|although|the key (?:to|is))\b|应该|必须|支持|取决于|建议|虽然|尽管|关键在于|的关键是/i;

/** `get - Prints basic information`: a command or field and what it does, a reference row, not a step. */
const NAME_DASH = /^[\w.-]+\s+[-–—]\s+\S/;
/** `Managing scalability…`, `Ensuring availability…`: what a thing is responsible for, listed, not done in turn (all of them: `Mutating admission plugins…` is one step among others). */
const GERUND = /^[A-Z][a-z]+ing\b/;

/** Most items state what is possible or advised, name-and-description rows or duties: facts about a thing, however the title reads. An instruction (`Run kubeadm upgrade plan to check it can…`) is a step whatever it says. */
export function describesFacts(texts: readonly string[]): boolean {
  if (texts.length >= 2 && texts.every((t) => GERUND.test(t.trim()))) return true;
  const facts = texts.filter((t) => (STATEMENT.test(t) && !isInstruction(t)) || NAME_DASH.test(t.trim()));
  return facts.length * 2 >= texts.length;
}

/** `如果…则…`, `If …, …`: a case of a rule, not a step. */
const CONDITION = /^(?:如果|若|假如|假设|当[^，,]{1,30}时|对于|if\b|when\b|unless\b|in case\b|for\b)/i;

/** Most items are cases (`如果…则…`): a set of rules, however the lead-in reads. */
export function describesCases(texts: readonly string[]): boolean {
  return texts.filter((t) => CONDITION.test(t.trim())).length * 2 > texts.length;
}

/** A step that says it runs alongside another: the order around it is not one order. */
const PARALLEL = /^[（(]?(?:与第?\s*\S{0,4}\s*步?同时|与此同时|同时[，,]|在此同时)|与第\s*\d+\s*步同时|同时发生|同时进行|\b(?:in parallel with|at the same time as|simultaneously with|concurrently with)\b|^(?:meanwhile|at the same time|in parallel|simultaneously)\b/i;

export function isParallelStep(text: string): boolean {
  return PARALLEL.test(text.trim());
}

type StepReading =
  | { kind: 'step'; text: string; note?: string }
  | { kind: 'observation' }
  | { kind: 'label' }
  | { kind: 'property' }
  | { kind: 'name' };

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** `update`, `send`: an English verb of the field in its bare form, as a step or an instruction opens with it. */
export function isImperativeVerb(word: string): boolean {
  return EN_IMPERATIVE.has(word.toLowerCase());
}

/**
 * `Supports rolling updates`, `Handles Layer 4 networking.`: the verbs a line about a thing opens with when
 * the thing itself, its subject, is the heading or the bold line above it.
 */
export const DESCRIBING_VERB = /^(?:requires|needs|supports|provides|allows|enables|offers|ensures|uses|has|gives|handles|manages|stores|exposes|maintains|controls|defines|contains|holds|keeps|listens|serves|performs|owns)$/i;

/** `Create…`, `Creating…`, `Creates…`, `Applies…`: an English text that opens with a verb of the field, in any of its forms. */
export function opensWithVerb(text: string): boolean {
  const first = (words(text.replace(/[^\w\s'-]/g, ' '))[0] ?? '').toLowerCase();
  if (EN_IMPERATIVE.has(first)) return true;
  const stem = first.replace(/ies$/, 'y').replace(/(?:ing|es|s|ed)$/, '');
  return stem.length >= 3 && (EN_IMPERATIVE.has(stem) || EN_IMPERATIVE.has(`${stem}e`));
}

/** An action or an event: an imperative (`Verify Cluster Access`), a statement (`The PV is bound`), `调度器选择节点`. */
export function isAction(text: string): boolean {
  const t = text.trim().replace(/^[\s*_`"'“(（]+/, '');
  if (!t) return false;
  if (HAN.test(t)) {
    if (ZH_VERB.test(t)) return true;
    // A Chinese clause of some length says something happens; a name is short (`网络后端`, `etcd 集成`).
    return (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= 5;
  }
  const w = words(t.replace(/[^\w\s'-]/g, ' '));
  if (opensWithVerb(t)) return true;
  // A statement: five words or more, or a subject and a verb.
  if (w.length >= 5) return true;
  return w.length >= 3 && /\b(?:is|are|was|were|gets?|becomes?|sends?|creates?|binds?|runs?|starts?|calls?|writes?|reads?|picks?|selects?|returns?|receives?|checks?|finds?|uses?|adds?|moves?|marks?)\b/i.test(t);
}

/** An event told in full: a Chinese action, or five English words or more. */
function isEvent(text: string): boolean {
  if (HAN.test(text)) return isAction(text);
  return words(text).length >= 5 || isInstruction(text);
}

/**
 * How a list item reads as a step of a procedure. A step is an action or an event; a label
 * ending in a colon, a `key: value` property, a symptom or a bare name is not. `**Reset**:
 * On each worker:` is the step `Reset`, whose lead-in goes with it as a note.
 */
export function readStep(raw: string): StepReading {
  const text = raw.trim();
  if (!text) return { kind: 'name' };
  if ((OBSERVATION.test(text) && SEEN.test(text)) || CONCLUSION.test(text) || ASIDE.test(asSimplified(text))) return { kind: 'observation' };
  const colon = parseColonTerm(text);
  if (colon) {
    const label = colon.term;
    if (TROUBLE.test(label)) return { kind: 'label' };
    const detail = colon.detail.trim();
    if (!detail) return { kind: 'label' };
    if (/[:：]$/.test(detail)) {
      // `Reset Workers: On each worker (…):` — the label is the step, the rest leads into its code.
      return isAction(label) ? { kind: 'step', text: label, note: detail } : { kind: 'label' };
    }
    if (isUrl(detail)) return { kind: 'property' };
    // `Client Command: docker pull mysql`: a command run is an action, whatever names it.
    if (isCommandLine(detail)) return { kind: 'step', text };
    // `构建：打包新的镜像`, `Authentication: The API server verifies…`: an action named and told.
    // `语言选择：中文简体` is a setting and its value: 选择 names the option there, no action.
    // `Metadata: Identifies the resource`: what a part is, told of a name, is no event.
    if (!isAction(label) && DESCRIBES.test(detail)) return { kind: 'property' };
    if ((isAction(label) && !SETTING_LABEL.test(label)) || isEvent(detail)) return { kind: 'step', text };
    return { kind: 'property' };
  }
  if (/[:：]$/.test(text)) return { kind: 'label' };
  // `kube-apiserver - Handles API requests.`: a name and what it does.
  const dash = /^(\S.{0,40}?)\s+[-–—]\s+(\S.*)$/.exec(text);
  if (dash && !isAction(dash[1] as string)) return isEvent(dash[2] as string) ? { kind: 'step', text } : { kind: 'property' };
  // `my-mysql is the release name`: a definition, not an event.
  if (!HAN.test(text) && /^\S+ (?:is|are) (?:the|a|an) /i.test(text)) return { kind: 'property' };
  if (TROUBLE.test(text) && words(text).length <= 4 && !HAN.test(text)) return { kind: 'label' };
  if (isAction(text)) return { kind: 'step', text };
  return { kind: 'name' };
}

// --- states and stages ----------------------------------------------------------------------

const STATE_WORDS = new Set(
  (
    'pending running waiting terminating terminated succeeded succeed success failed failure unknown ready notready available bound released ' +
    'lost created paused restarting exited removing dead completed complete evicted active inactive error crashloopbackoff oomkilled ' +
    'running unschedulable scheduled initialized containersready healthy unhealthy starting stopped online offline'
  ).split(' '),
);

const STAGE_TITLE = /生命周期|阶段|lifecycle|phases|stages/i;

/**
 * Entries that are stages of one flow, in order: under a lifecycle/stages title, every one an
 * action in -ing form (`Provisioning`, `Binding`, `Using`, `Reclaiming`). States
 * (`Pending`, `Succeeded`, `Failed`, `Unknown`) are not: some are alternatives, some can
 * happen at any time, so they are never put in order.
 */
export function isStageSequence(title: string, terms: readonly string[]): boolean {
  if (terms.length < 3 || !STAGE_TITLE.test(title)) return false;
  const names = terms.map((t) => (splitParen(t)?.name ?? t).trim().toLowerCase());
  if (names.some((n) => STATE_WORDS.has(n.replace(/\s+/g, '')))) return false;
  return names.every((n) => /^[a-z]+ing$/.test(n));
}

/** Whether a title names an aspect (`作用`, `Summary`) rather than a thing or a procedure. */
export function isAspectTitle(text: string): boolean {
  return isAspectLabel(bareTitle(text));
}

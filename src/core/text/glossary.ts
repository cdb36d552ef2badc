// English words of this field and the Chinese words that translate them. A Chinese
// description that says 读写 and 多个 next to an English name made of Read, Write and Many
// gives the name away by translation, as surely as by repeating it: both spellings of a word
// count as the same mark. Facts of the two languages, not sentences of any note.

const PAIRS: [string, string[]][] = [
  ['read', ['读']],
  ['write', ['写']],
  ['only', ['只']],
  ['many', ['多个', '多']],
  ['once', ['单个', '单一', '一次', '一个']],
  ['route', ['路由']],
  ['fail', ['失败']],
  ['succe', ['成功']],
  ['round', ['轮询']],
  ['robin', ['轮询']],
  ['domai', ['域名']],
  ['node', ['节点']],
  ['servi', ['服务']],
  ['stora', ['存储']],
  ['store', ['存储']],
  ['volum', ['卷']],
  ['netwo', ['网络']],
  ['polic', ['策略']],
  ['contr', ['控制器', '控制']],
  ['sched', ['调度']],
  ['image', ['镜像']],
  ['clien', ['客户端']],
  ['base', ['基础']],
  ['conta', ['容器']],
  ['secre', ['密钥', '秘钥', '机密']],
  ['confi', ['配置']],
  ['deplo', ['部署']],
  ['repli', ['副本']],
  ['cron', ['定时']],
  ['daemo', ['守护']],
  ['state', ['状态']],
  ['state', ['有状态']],
  ['endpo', ['端点']],
  ['proxy', ['代理']],
  ['clust', ['集群']],
  ['names', ['命名空间']],
  ['label', ['标签']],
  ['selec', ['选择器', '选择']],
  ['taint', ['污点']],
  ['toler', ['容忍']],
  ['affin', ['亲和']],
  ['prior', ['优先级', '优先']],
  ['limit', ['限制', '上限']],
  ['reque', ['请求']],
  ['quota', ['配额']],
  ['accou', ['账号', '账户']],
  ['role', ['角色']],
  ['bindi', ['绑定']],
  ['bound', ['绑定']],
  ['ready', ['就绪']],
  ['liven', ['存活']],
  ['start', ['启动']],
  ['probe', ['探针', '探测']],
  ['resta', ['重启']],
  ['alway', ['总是', '始终']],
  ['never', ['从不', '永不']],
  ['retai', ['保留']],
  ['delet', ['删除']],
  ['recyc', ['回收']],
  ['avail', ['可用']],
  ['relea', ['释放']],
  ['pendi', ['等待', '挂起']],
  ['runni', ['运行']],
  ['unkno', ['未知']],
  ['versi', ['版本']],
  ['plugi', ['插件']],
  ['messa', ['信息', '消息']],
  ['metad', ['元数据']],
  ['kind', ['类型']],
  ['type', ['类型']],
  ['key', ['键']],
  ['value', ['值']],
  ['port', ['端口']],
  ['host', ['主机']],
  ['path', ['路径']],
  ['file', ['文件']],
  ['syste', ['系统']],
  ['acces', ['访问']],
  ['mode', ['模式']],
  ['rolli', ['滚动']],
  ['updat', ['更新']],
  ['recre', ['重建']],
  ['headl', ['无头']],
  ['exter', ['外部']],
  ['inter', ['内部', '接口']],
  ['load', ['负载']],
  ['balan', ['均衡']],
  ['log', ['日志']],
  ['logs', ['日志']],
  ['event', ['事件']],
  ['lease', ['租约']],
  ['audit', ['审计']],
  ['certi', ['证书']],
  ['token', ['令牌']],
  ['user', ['用户']],
  ['group', ['组']],
  ['hook', ['钩子']],
  ['init', ['初始化']],
  ['job', ['任务']],
  ['batch', ['批处理']],
  ['scale', ['扩缩', '伸缩']],
  ['autos', ['自动扩缩', '自动伸缩']],
  ['horiz', ['水平']],
  ['verti', ['垂直']],
  ['migra', ['迁移']],
  ['snaps', ['快照']],
  ['wait', ['等待', '等']],
  ['consu', ['使用者', '消费者']],
  ['allow', ['允许']],
  ['expan', ['扩容', '扩展']],
  ['nonre', ['非资源']],
  ['resou', ['资源']],
  ['ingre', ['入口', '入站']],
  ['egres', ['出口', '出站']],
  ['recre', ['重新创建']],
  ['creat', ['创建']],
  ['stop', ['停止']],
  ['pull', ['拉取']],
  ['list', ['列出', '列表']],
  ['immed', ['立即']],
  ['backu', ['备份']],
  ['resto', ['恢复']],
  ['cache', ['缓存']],
  ['queue', ['队列']],
  ['regis', ['注册', '仓库']],
  ['repos', ['仓库']],
  ['layer', ['层']],
  ['bridg', ['网桥', '桥接']],
  ['overl', ['覆盖']],
  ['drain', ['排空']],
  ['evict', ['驱逐']],
  ['preem', ['抢占']],
  ['emptydir', ['空目录']],
  ['empty', ['空']],
  ['dir', ['目录']],
  ['direc', ['目录']],
  ['memor', ['内存']],
  ['cpu', ['处理器']],
  ['disk', ['磁盘']],
  ['dns', ['域名解析']],
  ['leade', ['主节点', '领导者', 'leader']],
  ['follo', ['跟随者', '从节点']],
  ['elect', ['选举']],
  ['devic', ['设备']],
  ['meta', ['元数据']],
  ['manag', ['管理']],
  ['candi', ['候选']],
  ['frequ', ['频率']],
  ['rule', ['规则']],
  ['count', ['数量', '个数', '计数']],
  ['statu', ['状态']],
  ['healt', ['健康']],
  ['check', ['检查']],
  ['sync', ['同步']],
  ['watch', ['监听', '监视']],
  ['monit', ['监控']],
  ['metri', ['指标']],
  ['alert', ['告警']],
  ['edge', ['边缘']],
  ['cloud', ['云']],
  ['tunne', ['隧道']],
  ['gatew', ['网关']],
  ['subne', ['子网']],
  ['addre', ['地址']],
  ['heart', ['心跳']],
  ['vote', ['投票']],
  ['term', ['任期']],
  ['commi', ['提交']],
  ['index', ['索引']],
  ['timeo', ['超时']],
  ['inter', ['间隔']],
  ['perio', ['周期']],
  ['retry', ['重试']],
  ['thres', ['阈值']],
  ['rate', ['速率', '速度']],
  ['error', ['错误']],
  ['size', ['大小', '规模']],
  ['weigh', ['权重']],
  ['score', ['打分', '评分']],
  ['filte', ['过滤']],
  ['authe', ['认证']],
  ['autho', ['授权']],
  ['admis', ['准入']],
  ['mutat', ['变更', '修改']],
  ['valid', ['校验', '验证']],
  ['defau', ['默认']],
  ['max', ['最大']],
  ['min', ['最小']],
  ['press', ['压力']],
  ['proce', ['进程']],
  ['pid', ['进程']],
  ['pids', ['进程']],
  ['secon', ['秒']],
  ['finis', ['结束', '完成']],
  ['examp', ['示例', '例子', '样例', '范例']],
  ['sampl', ['样例', '示例', '样本']],
  ['trans', ['传输']],
  ['compr', ['压缩']],
  ['encry', ['加密']],
  ['mount', ['挂载']],
  ['attac', ['挂载', '附加']],
  ['provi', ['供应']],
  ['recla', ['回收']],
  ['encry', ['加密']],
  ['build', ['构建']],
  ['push', ['推送']],
  ['runti', ['运行时']],
  ['sandb', ['沙箱']],
  ['termi', ['终止']],
  ['shutd', ['关闭']],
  ['upgra', ['升级']],
  ['rollb', ['回滚']],
  ['traff', ['流量']],
  ['sidec', ['边车']],
  ['injec', ['注入']],
  ['virtu', ['虚拟']],
  ['ident', ['标识']],
  ['feder', ['联邦']],
  ['propa', ['分发', '传播']],
  ['overr', ['覆盖']],
  ['membe', ['成员']],
  ['plane', ['平面']],
  ['agent', ['代理']],
  ['bandw', ['带宽']],
  ['laten', ['延迟']],
  ['throu', ['吞吐']],
  ['certs', ['证书']],
  ['size', ['大小']],
  ['time', ['时间']],
  ['addon', ['插件', '附加组件']],
  ['block', ['块']],
  ['name', ['名称', '名字']],
  ['field', ['字段']],
  ['head', ['头部', '头']],
];

/** English words that mean the same as another's stem here (`multiple` is the M of RWX). */
const SYNONYMS: [string, string][] = [
  ['multi', 'many'],
  ['singl', 'once'],
  ['one', 'once'],
  ['readi', 'read'],
  ['writi', 'write'],
];

const BY_STEM = new Map<string, string>();
const BY_WORD: [string, string][] = [];
for (const [stem, words] of PAIRS) {
  BY_STEM.set(stem, `#${stem}`);
  for (const word of words) BY_WORD.push([word, `#${stem}`]);
}
for (const [stem, same] of SYNONYMS) BY_STEM.set(stem, `#${same}`);

/** The translation mark of an English word stem (its first five letters), if it has one. */
export function conceptOfStem(stem: string): string | undefined {
  return BY_STEM.get(stem);
}

const inWord = new Map<string, string[]>();
const STEMS_BY_HEAD = new Map<string, string[]>();
for (const stem of BY_STEM.keys()) {
  if (stem.length < 4) continue;
  const head = stem.slice(0, 4);
  STEMS_BY_HEAD.set(head, [...(STEMS_BY_HEAD.get(head) ?? []), stem]);
}

/**
 * The translation marks of the stems inside one long lower-case word (`loadbalancers` holds
 * load and balan, `hostname` host and name): compounds written as one word translate too.
 */
export function conceptsInWord(word: string): string[] {
  if (word.length < 7) return [];
  let out = inWord.get(word);
  if (!out) {
    if (inWord.size > 50_000) inWord.clear();
    const found = new Set<string>();
    // Stems by their first four letters: one look-up per position instead of every stem per word.
    for (let i = 0; i + 4 <= word.length; i++) {
      for (const stem of STEMS_BY_HEAD.get(word.slice(i, i + 4)) ?? []) if (word.startsWith(stem, i)) found.add(stem);
    }
    out = found.size === 0 ? [] : [...BY_STEM].filter(([stem]) => found.has(stem)).map(([, concept]) => concept);
    inWord.set(word, out);
  }
  return out;
}

/** The translation marks of the Chinese words a text contains. */
export function conceptsInChinese(text: string): string[] {
  const out: string[] = [];
  for (const [word, concept] of BY_WORD) if (text.includes(word)) out.push(concept);
  return out;
}

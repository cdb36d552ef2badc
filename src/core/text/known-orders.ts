// Procedures whose notes list steps one after another that in fact run at the same time. The
// classic: when a Pod is deleted, taking it out of the Service's endpoints and the kubelet
// shutting it down (preStop, SIGTERM) start together, which is why people add a preStop sleep;
// and a container's readiness and liveness probes run side by side.
// An order or a "what comes next" across the two sides has no one right answer. Facts of
// Kubernetes, matched by the words of a procedure's title and of its steps.

interface Concurrent {
  title: RegExp;
  /** The two sides that run alongside each other. */
  sides: [RegExp, RegExp];
}

/** `Pod终止流程`, `Deleting a Pod`, `termination of a Pod`. */
const POD_DELETION = /pod.{0,8}(?:终止|删除|关闭|销毁|terminat|delet|shut ?down)|(?:终止|删除|关闭|销毁|terminat\w*|delet\w*|shut ?down)\s*(?:of\s+)?(?:a\s+|the\s+)?pod/i;

const CONCURRENT: Concurrent[] = [
  {
    title: POD_DELETION,
    sides: [/(?:endpoints?|端点).*(?:删除|移除|摘除|剔除|remov|delet)|(?:删除|移除|摘除|剔除|remov\w*|delet\w*).*(?:endpoints?|端点)/i, /kubelet|kubectl|prestop|sigterm|信号|signal|关闭流程|shut ?down/i],
  },
  // The delete request sets the deletion timestamp and grace period, and that same update is
  // what shows the Pod as Terminating: "considered dead within the grace period" and "marked
  // Terminating" are one moment told twice.
  {
    title: POD_DELETION,
    sides: [/(?:标记|置|设)为\s*[“"「]?terminating|marked?\s+(?:as\s+)?[“"]?terminating/i, /视为\s*[“"「]?dead|considered\s+[“"]?dead|deletion ?timestamp/i],
  },
  // A claim that asks for a dynamic volume: with the default Immediate binding the volume is provisioned as
  // soon as the claim exists, before the Pod is scheduled; with WaitForFirstConsumer only after. Which comes
  // first depends on the StorageClass, which a flow that does not name the mode leaves open.
  {
    title: /^(?!.*(?:WaitForFirstConsumer|Immediate|延迟绑定|立即绑定)).*(?:pvc|pv\b|persistentvolume|存储卷|持久卷|provision|动态)/i,
    sides: [/^(?!.*(?:WaitForFirstConsumer|Immediate)).*(?:scheduler|调度)/i, /^(?!.*(?:WaitForFirstConsumer|Immediate)).*(?:(?:pv|persistentvolume)\s*(?:控制器|controller)|provision|创建存储卷|创建\s*pv|creates? (?:the |a )?(?:pv|volume))/i],
  },
  // Once a container has started, its readiness and liveness probes run side by side, each on its own period.
  {
    title: /probe|探针|探测|health|健康检查|interaction|sequence|顺序|流程/i,
    sides: [/^(?!.*\b(?:liveness|存活)).*(?:readiness|就绪)/i, /^(?!.*\b(?:readiness|就绪)).*(?:liveness|存活)/i],
  },
];

/** The steps (by position) on each side of every known pair of concurrent parts of a procedure. */
export function concurrentSteps(title: string, steps: readonly string[]): [Set<number>, Set<number>][] {
  const pairs: [Set<number>, Set<number>][] = [];
  for (const known of CONCURRENT) {
    if (!known.title.test(title)) continue;
    const [first, second] = known.sides;
    const a = new Set<number>();
    const b = new Set<number>();
    steps.forEach((step, i) => {
      if (first.test(step)) a.add(i);
      else if (second.test(step)) b.add(i);
    });
    if (a.size && b.size) pairs.push([a, b]);
  }
  return pairs;
}

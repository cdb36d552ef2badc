import type { Lang, Question, QuestionType } from '../../src/core/types.js';

// Hand-made questions in the shapes the generators produce. Our own sentences.

/** Loose on purpose: tests build any shape, and the kind's fields come with `extra`. */
type QuestionFields = Partial<Omit<Question, 'choices' | 'answer'>> & { choices?: string[]; answer?: number | number[] | string; accept?: string[] };

export function question(id: string, type: QuestionType, extra: QuestionFields = {}): Question {
  const base = {
    id,
    type,
    prompt: `Prompt of ${id}`,
    choices: [],
    answer: 0,
    bank: 'bank-1',
    source: { file: 'notes/k8s.md', line: 10 },
    topic: ['Kubernetes', 'Workloads'],
    lang: 'en' as Lang,
    subject: `subject ${id}`,
    explanation: '',
  };
  return { ...base, ...extra } as Question;
}

/** Which Service type opens a port on every node? Answer: 2 (NodePort). */
export function choiceQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'define', {
    prompt: 'Which Service type opens the same port on every node?',
    choices: ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'],
    answer: 1,
    subject: `NodePort ${id}`,
    explanation: '**NodePort**: opens one port on every node and forwards it to the service.',
    ...extra,
  });
}

/** Three steps shown shuffled; the right order is choices 2, 0, 1. */
export function orderQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'order', {
    prompt: 'Put the steps of creating a Pod in order:',
    choices: ['The scheduler binds the Pod to a node', 'The kubelet starts the containers', 'The API server stores the Pod in etcd'],
    answer: [2, 0, 1],
    subject: `Pod creation ${id}`,
    ...extra,
  });
}

export function recallQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'recall', {
    prompt: 'Explain what a Pod is.',
    choices: [],
    answer: 'The smallest deployable unit, one or more containers, shared network namespace, shared storage volumes',
    subject: `Pod ${id}`,
    ...extra,
  });
}

export const zhChoice: Question = question('zh-1', 'define', {
  lang: 'zh',
  prompt: '在 Kubernetes 中，哪一种 Service 类型会在集群中每一个节点上都开放同一个端口，并把流量转发到后端的 Pod？',
  choices: [
    '只能在集群内部通过虚拟地址访问，外部无法直接访问',
    '在每个节点上开放同一个端口，并把流量转发给这个服务',
    '向云厂商申请一个外部负载均衡器，放在所有节点的前面',
    '用 CNAME 记录把服务名解析到集群外部的一个域名',
  ],
  answer: 1,
  topic: ['Kubernetes 网络与服务发现', 'Service 的四种类型以及各自的使用场景'],
  subject: 'NodePort',
  explanation: '**NodePort**：在每个节点上开放同一个端口（默认范围 30000-32767），并把流量转发给这个服务。',
  source: { file: 'notes/网络.md', line: 42 },
});

export const zhOrder: Question = question('zh-2', 'order', {
  lang: 'zh',
  prompt: 'Pod 的创建流程中，下面这些步骤的正确顺序是什么？请按顺序排列：',
  choices: ['调度器为 Pod 选择一个合适的节点并写回绑定结果', 'kubelet 发现新的 Pod，调用容器运行时拉取镜像并启动容器', 'API Server 接收创建请求，校验后把 Pod 对象写入 etcd'],
  answer: [2, 0, 1],
  topic: ['Kubernetes 核心概念', 'Pod 创建流程'],
  subject: 'Pod 创建流程',
  explanation: '先写入 etcd，再调度，最后由 kubelet 启动容器。',
});

export const zhRecall: Question = question('zh-3', 'recall', {
  lang: 'zh',
  prompt: '请解释什么是 Pod，以及同一个 Pod 里的容器之间共享哪些资源？',
  answer: 'Pod 是 Kubernetes 中最小的调度单位；一个 Pod 包含一个或多个容器；这些容器共享网络命名空间和存储卷',
  topic: ['Kubernetes 核心概念', 'Pod'],
  subject: '什么是 Pod',
});

/** What CNI stands for, typed; an accepted other spelling. */
export function typedQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'typed', {
    prompt: 'What does CNI stand for?',
    choices: [],
    answer: 'Container Network Interface',
    accept: ['Container Networking Interface'],
    subject: `CNI ${id}`,
    explanation: '**CNI**: the plugin interface that gives Pods their network.',
    ...extra,
  });
}

/** Select every Service type: choices 0, 2 and 3 are right. */
export function multiQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'multi', {
    prompt: 'Select every Service type:',
    choices: ['ClusterIP', 'Ingress', 'NodePort', 'LoadBalancer', 'ConfigMap'],
    answer: [0, 2, 3],
    subject: `Service types ${id}`,
    explanation: 'Service types: ClusterIP, NodePort, LoadBalancer, ExternalName.',
    ...extra,
  });
}

/** What comes right after the scheduler binds the Pod? Answer: 2 (the kubelet starts it). */
export function nextQuestion(id: string, extra: QuestionFields = {}): Question {
  return question(id, 'next', {
    prompt: 'In creating a Pod, what comes right after "the scheduler binds the Pod to a node"?',
    choices: ['The API server stores the Pod in etcd', 'The kubelet starts the containers', 'The user submits the Pod'],
    answer: 1,
    subject: `Pod creation ${id}`,
    ...extra,
  });
}

export const zhTyped: Question = question('zh-4', 'typed', {
  lang: 'zh',
  prompt: '为 Pod 分配 IP 的插件接口叫什么？',
  choices: [],
  answer: '容器网络接口',
  accept: ['CNI'],
  topic: ['Kubernetes 网络', '插件'],
  subject: '容器网络接口',
});

export const zhMulti: Question = question('zh-5', 'multi', {
  lang: 'zh',
  prompt: '下面哪些是 Service 类型？选出全部：',
  choices: ['ClusterIP', '入口控制器', 'NodePort', '配置映射'],
  answer: [0, 2],
  topic: ['Kubernetes 网络', 'Service'],
  subject: 'Service 类型',
});

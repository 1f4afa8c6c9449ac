/**
 * The explicit sidebar: Starlight's `autogenerate` does not work with pages outside src/content/docs.
 * Labels are Japanese (root locale) with English translations; slugs are the ja page ids.
 */
export const sidebar = [
  {
    label: 'はじめに',
    translations: { en: 'Start here' },
    items: [
      { slug: 'index', label: 'トップ', translations: { en: 'Overview' } },
      { slug: 'walkthrough', label: 'ハンズオン', translations: { en: 'Hands-on walkthrough' } },
    ],
  },
  {
    label: 'ネットワーク',
    translations: { en: 'Networking' },
    items: [
      { slug: 'pod-networking', label: 'Podのネットワーク', translations: { en: 'Pod networking' } },
      { slug: 'cni', label: 'CNIプラグイン', translations: { en: 'CNI plugins' } },
    ],
  },
  {
    label: 'Service',
    translations: { en: 'Services' },
    items: [
      { slug: 'services', label: 'Service', translations: { en: 'Services' } },
      {
        slug: 'expose-and-port-forward',
        label: 'exposeとport-forward',
        translations: { en: 'expose and port-forward' },
      },
      {
        slug: 'clusterip-to-loadbalancer',
        label: 'ClusterIPからLoadBalancerへ',
        translations: { en: 'From ClusterIP to LoadBalancer' },
      },
    ],
  },
  {
    label: 'クラスターの中を見る',
    translations: { en: 'Inside the cluster' },
    items: [
      { slug: 'dns', label: 'DNSとサービスディスカバリー', translations: { en: 'DNS and service discovery' } },
      { slug: 'data-plane', label: 'データプレーンを自分で見る', translations: { en: 'Seeing the data plane' } },
      { slug: 'kube-proxy-modes', label: 'kube-proxyのモード', translations: { en: 'kube-proxy modes' } },
    ],
  },
  {
    label: 'トラフィックを制御する',
    translations: { en: 'Controlling traffic' },
    items: [
      {
        slug: 'traffic-policies',
        label: 'トラフィックポリシーと送信元IP',
        translations: { en: 'Traffic policies and source IP' },
      },
      { slug: 'network-policy', label: 'NetworkPolicyを使う', translations: { en: 'NetworkPolicy in practice' } },
      {
        slug: 'ingress-and-gateway-api',
        label: 'IngressとGateway API',
        translations: { en: 'Ingress and Gateway API' },
      },
    ],
  },
  {
    label: 'リファレンス',
    translations: { en: 'Reference' },
    items: [
      { slug: 'glossary', label: '用語集', translations: { en: 'Glossary' } },
      { slug: 'playground', label: 'マニフェストのプレイグラウンド', translations: { en: 'Manifest playground' } },
    ],
  },
];

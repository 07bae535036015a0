/** User-facing text of the pairings components; merged into the main dictionary in ../messages.ts. */
export const zh = {
  'pv.intro': '报道所载的宝山、会泽双方结对关系。点击会泽方的乡镇，可在地图上选中该乡镇。',
  'pv.diagramLabel': '结对关系图：左为宝山方，右为会泽方，每条连线为一项结对',
  'pv.level.district-county': '区 ↔ 县',
  'pv.level.town-town': '镇 ↔ 镇',
  'pv.level.subdistrict-township': '街道 ↔ 乡',
  'pv.level.enterprise-subdistrict': '企业 ↔ 街道',
  'pv.level.bureau-bureau': '部门 ↔ 部门',
  'pv.level.villages-and-enterprises-to-villages': '村、企业 ↔ 村',
  'pv.pairedWith': '与之结对：',
  'pv.notCalledPairing': '报道称之为“{relation}”，并未称作“结对”。',
  'pv.notesTitle': '说明',
  'pv.dataNotes': '附注（{n} 条）',
  'pv.aggregateNote': '全县性：报道没有列出具体的村和企业，因此不落到任何乡镇，地图上也不显示。',
  'pv.agreements': '签订的“携手奔小康”协议、项目帮扶协议',
  'pv.selectedNotPaired': '所选的{name}在报道中没有结对关系。',

  'bh.mapLabel':
    '云南省位置图：会泽县高亮；圆点为报道所述小龙虾养殖相继发展、且有位置的 {n} 个地点：{names}。下方列表列出全部地点。',
  'bh.huize': '会泽',
  'bh.listTitle': '小龙虾养殖相继发展的地方',
  'bh.located': '图上标出',
  'bh.originTitle': '小龙虾企业的来处',
  'bh.outsideInset': '在本图范围之外',
  'bh.projection': '等距圆柱投影（经度按纬度余弦缩放），北在上，示意用。',
  // Plain words for officials: the package and the coordinate systems are named in the README's credits.
  'bh.attribution': '省界、州（市）界、县界：高德地图数据，已换算为标准经纬度。',
  'bh.scale': '{km} 公里',

  'pairings.title': '结对帮扶',
  'pairings.baoshan': '宝山方',
  'pairings.huize': '会泽方',
  'pairings.aggregate': '村、企结对（全县）',

  'beyond.title': '会泽以外：小龙虾产业带动',
  'beyond.note': '报道称“在他的带动下”，以下各地小龙虾养殖相继得到发展。',
  'beyond.noLocation': '（无可引用的位置）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'pv.intro':
    'The pairings between Baoshan and Huize that the report names. Click a Huize township to select it on the map.',
  'pv.diagramLabel': 'Pairing diagram: Baoshan on the left, Huize on the right, one line per pairing',
  'pv.level.district-county': 'district ↔ county',
  'pv.level.town-town': 'town ↔ town',
  'pv.level.subdistrict-township': 'subdistrict ↔ township',
  'pv.level.enterprise-subdistrict': 'enterprise ↔ subdistrict',
  'pv.level.bureau-bureau': 'bureau ↔ bureau',
  'pv.level.villages-and-enterprises-to-villages': 'villages and enterprises ↔ villages',
  'pv.pairedWith': 'paired with ',
  'pv.notCalledPairing': 'The report calls it “{relation}”; it does not call it 结对 (pairing).',
  'pv.notesTitle': 'Notes',
  'pv.dataNotes': 'Notes ({n})',
  'pv.aggregateNote':
    'County-wide: the report names none of the villages or enterprises, so this is not placed at any township or shown on the map.',
  'pv.agreements': '“Hand in Hand” and project-aid agreements signed',
  'pv.selectedNotPaired': 'The report names no pairing for the selected {name}.',

  'bh.mapLabel':
    'Locator map of Yunnan: Huize County highlighted; dots mark the {n} places with a position where the report says crayfish farming spread: {names}. The list below gives every place.',
  'bh.huize': 'Huize',
  'bh.listTitle': 'Where crayfish farming spread',
  'bh.located': 'on the map',
  'bh.originTitle': 'Where the crayfish company came from',
  'bh.outsideInset': 'outside this map',
  'bh.projection':
    'Equirectangular projection (longitude scaled by the cosine of latitude), north up; a locator only.',
  'bh.attribution':
    'Province, prefecture and county outlines: AMap (高德地图) data, converted to standard coordinates.',
  'bh.scale': '{km} km',

  'pairings.title': 'Pairings',
  'pairings.baoshan': 'Baoshan side',
  'pairings.huize': 'Huize side',
  'pairings.aggregate': 'Villages and enterprises (county-wide)',

  'beyond.title': 'Beyond Huize: crayfish farming spreads',
  'beyond.note': 'The report says that “led by him” crayfish farming developed in these places.',
  'beyond.noLocation': '(no citable position)',
};

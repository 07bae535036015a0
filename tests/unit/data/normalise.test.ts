import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fixPunctuation,
  fixSpaces,
  garbledSpans,
  normaliseReport,
  simplify,
  stripPinyin,
} from '../../../src/data/normalise';
import { splitReport } from '../../../src/data/report';

// Real lines of ../shared/report/000_0027764fe652cbea.txt, as scraped.
const cases: [string, string, string][] = [
  ['pinyin after characters', '強化調(diào)研對接謀發(fā)展', '强化调研对接谋发展'],
  [
    'doubled comma and ,、',
    '寶山區(qū)各級黨政,、幫扶企業(yè)代表團先后22次190人次到會澤開展扶貧協(xié)作調(diào)研,落實各項幫扶工作,,增進互訪交流',
    '宝山区各级党政、帮扶企业代表团先后22次190人次到会泽开展扶贫协作调研，落实各项帮扶工作，增进互访交流',
  ],
  [
    ',。 at a sentence end',
    '從此開啟了滬滇扶貧協(xié)作的壯麗征程,。一年多來',
    '从此开启了沪滇扶贫协作的壮丽征程。一年多来',
  ],
  [
    'a stray space after doubled punctuation',
    '會澤縣先后選派5名黨政干部到寶山區(qū)掛職鍛煉,, 選派教育,、衛(wèi)生等專業(yè)技術(shù)人員6名',
    '会泽县先后选派5名党政干部到宝山区挂职锻炼，选派教育、卫生等专业技术人员6名',
  ],
  ['a stray space before a number', '寶山區(qū)下屬的27個村、58 家企業(yè)', '宝山区下属的27个村、58家企业'],
  [
    'a stray space before a price, and the semicolon',
    '捐贈礦山鎮(zhèn)布卡小學服裝124套,,價值 6.48萬元',
    '捐赠矿山镇布卡小学服装124套，价值6.48万元',
  ],
  [
    'a meaningful space between two names is kept, brackets without pinyin too',
    '珠江網(wǎng)訊(通訊員 李順進)2017年8月,,按照國家東西部扶貧協(xié)作安排部署',
    '珠江网讯(通讯员 李顺进)2017年8月，按照国家东西部扶贫协作安排部署',
  ],
  [
    'nested brackets with pinyin inside',
    '惠及8個鄉(xiāng)(鎮(zhèn),、街道)28個貧困村',
    '惠及8个乡(镇、街道)28个贫困村',
  ],
  ['隨著 → 随着, not 随著', '隨著滬滇扶貧協(xié)作不斷深入推進', '随着沪滇扶贫协作不断深入推进'],
  [
    'the place-name typo is left for the data to correct',
    '楚雄市武定且、昆明市祿勸縣',
    '楚雄市武定且、昆明市禄劝县',
  ],
  [
    'the garble is left visible',
    '有人管??h委,、縣政府及相關(guān)領(lǐng)導27次',
    '有人管??h委、县政府及相关领导27次',
  ],
];

describe('normaliseReport on real lines', () => {
  it.each(cases)('%s', (_name, raw, expected) => {
    expect(normaliseReport(raw)).toBe(expected);
  });
});

describe('the steps', () => {
  it('stripPinyin removes only pinyin', () => {
    expect(stripPinyin('迤北村蔬菜(食用菌)基地網(wǎng)')).toBe('迤北村蔬菜(食用菌)基地網');
  });
  it('fixPunctuation collapses doubles', () => {
    expect(fixPunctuation('甲,,乙,、丙,。丁;戊')).toBe('甲，乙、丙。丁；戊');
  });
  it('fixSpaces keeps a space between Han words', () => {
    expect(fixSpaces('人民政府 云南省')).toBe('人民政府 云南省');
    expect(fixSpaces('價值 6.48萬元')).toBe('價值6.48萬元');
  });
  it('simplify converts traditional characters', () => {
    expect(simplify('會澤縣鐘屏中學')).toBe('会泽县钟屏中学');
  });
  it('garbledSpans finds the lost characters', () => {
    expect(garbledSpans('有人管??h委').map((s) => s.index)).toEqual([3]);
  });
});

const REPORT = resolve(__dirname, '../../../../shared/report/000_0027764fe652cbea.txt');

describe.runIf(existsSync(REPORT))('the whole report', () => {
  const text = normaliseReport(readFileSync(REPORT, 'utf8'));

  it('has no pinyin, doubled punctuation or traditional characters left', () => {
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
    expect(text).not.toMatch(/[,;]/);
    expect(text).not.toMatch(/[會區縣鎮鄉協際]/);
  });

  it('splits into the lead, seven sections and two captions', () => {
    const r = splitReport(text);
    expect(r.lead.startsWith('珠江网讯')).toBe(true);
    expect(r.sections.map((s) => s.heading)).toEqual([
      '强化调研对接谋发展',
      '强化人才交流添动力',
      '强化劳务协作找出路',
      '强化产业合作增后劲',
      '强化资金帮扶惠民生',
      '携手奔小康建平台',
      '社会帮扶展风采',
    ]);
    expect(r.captions).toEqual(['会泽县沪滇劳务协作招聘会', '宝山区宝房集团集团在青云村捐资建设的入户道路']);
  });

  it('keeps exactly the two known garbles', () => {
    expect(garbledSpans(text).map((s) => s.context)).toHaveLength(2);
  });
});

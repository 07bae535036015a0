/** A deterministic stream of random and hostile URL hashes (mulberry32), shared by unit and browser tests. */
export function hostileHashes(count: number, seed = 20261128): string[] {
  let a = seed;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const keys = [
    'lang',
    'm',
    'cls',
    'sel',
    'cat',
    'actor',
    'year',
    'v',
    'table',
    'r',
    'rn',
    'present',
    'step',
    'theme',
    '__proto__',
    'constructor',
    '',
    'read',
    'at',
  ];
  const values = [
    'en',
    'zh',
    'aid',
    'paired',
    'jenks',
    '530326102',
    '530326999',
    '999999999999',
    'site:place-baiwu-village',
    'site:../../etc/passwd',
    'donation,industry',
    '2018,2017',
    '103.3,26.5,9',
    '1e308,1e308,1e308',
    '-0,-0,-0',
    'NaN,Infinity,-Infinity',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '%E0%A4%A',
    '%00%00',
    '{{constructor.constructor("alert(1)")()}}',
    '1'.repeat(5000),
    '530326102,530326103,530326999',
    'dark',
    '-1',
    '\u202e\u0000名称',
    '',
    '1',
    'src-zhujiang-baoshan-huize',
    'act-industry-crayfish-jiayan',
  ];
  const hashes: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () =>
      random() < 0.85
        ? `${pick(keys)}=${pick(values)}`
        : String.fromCharCode(
            ...Array.from({ length: 1 + Math.floor(random() * 30) }, () => 32 + Math.floor(random() * 95)),
          ),
    );
    hashes.push(`#${parts.join(random() < 0.9 ? '&' : ';')}`);
  }
  return hashes;
}

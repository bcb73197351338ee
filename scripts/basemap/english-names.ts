import { pinyin } from 'pinyin-pro';

/**
 * English names of administrative units: toneless pinyin of the name without its
 * administrative suffix, capitalised, one word ("姑苏区" → "Gusu", "西安市" → "Xi'an"), unless an
 * established English name differs (`NAME_EN_OVERRIDES`).
 */

/** Suffixes, longest first; the first whose removal leaves two characters or more is removed. */
const SUFFIXES = [
  '特别行政区',
  '行政委员会',
  '自治县',
  '自治旗',
  '自治州',
  '地区',
  '新区',
  '特区',
  '区',
  '县',
  '市',
  '旗',
  '盟',
];
// Not in the list: 林区 — 神农架林区 is China's one forestry district (an override), while
// 碑林区, 万柏林区, 金林区 and 北林区 are 碑林 + 区 and so on; 矿区 — 井陉矿区 lies beside 井陉县.

/** Peoples named before 自治县/旗/州; those of two characters or more may come without 族. */
// prettier-ignore
const PEOPLES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家',
  '哈尼', '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '拉祜', '水', '东乡', '纳西', '景颇',
  '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '普米',
  '塔吉克', '怒', '鄂温克', '保安', '裕固', '独龙', '鄂伦春', '各',
];
const PEOPLE_AT_END = new RegExp(
  `(?:${PEOPLES.map((p) => (p.length > 1 ? `${p}族?` : `${p}族`)).join('|')})$`,
);

/**
 * Readings that pinyin-pro's dictionary gets wrong for these place names (checked against
 * every name in the source). Characters read one way in every Chinese place name come first.
 */
// prettier-ignore
const READINGS: Record<string, string> = {
  都: 'du', 什: 'shi', 大: 'da', 蚌: 'beng', 柏: 'bai',
  乐清: 'yue qing', 乐亭: 'lao ting', 民乐: 'min le', 六合: 'lu he', 黄陂: 'huang pi',
  洪洞: 'hong tong', 繁峙: 'fan shi', 蔚县: 'yu xian', 筠连: 'jun lian', 覃塘: 'tan tang',
  尉犁: 'yu li', 涡阳: 'guo yang', 歙县: 'she xian', 单县: 'shan xian', 浚县: 'xun xian',
  曾都: 'zeng du', 闵行: 'min hang', 穆棱: 'mu ling', 丹棱: 'dan ling', 牟定: 'mou ding',
  召陵: 'shao ling', 大埔: 'da bu', 吴堡: 'wu bu', 红寺堡: 'hong si bu', 调兵山: 'diao bing shan',
  珲春: 'hun chun', 泌阳: 'bi yang', 宕昌: 'tan chang', 称多: 'chen duo',
};
const READING_WORDS = Object.keys(READINGS).sort((a, b) => b.length - a.length);

/** The name without its administrative suffix, and without the peoples of an autonomous unit. */
export function stripSuffix(nameZh: string): string {
  const suffix = SUFFIXES.find((s) => nameZh.endsWith(s) && nameZh.length - s.length >= 2);
  if (!suffix) return nameZh;
  let stem = nameZh.slice(0, -suffix.length);
  if (suffix.startsWith('自治')) {
    for (let m = PEOPLE_AT_END.exec(stem); m && stem.length - m[0].length >= 2;) {
      stem = stem.slice(0, -m[0].length);
      m = PEOPLE_AT_END.exec(stem);
    }
    if (stem.endsWith('族') && stem.length >= 3) stem = stem.slice(0, -1); // 东乡族自治县
  }
  return stem;
}

/** Toneless pinyin syllables of a Chinese name, one per character, place-name readings fixed. */
export function syllables(nameZh: string): string[] {
  const result = pinyin(nameZh, { toneType: 'none', type: 'array' });
  const chars = [...nameZh];
  for (const word of READING_WORDS) {
    for (let at = nameZh.indexOf(word); at >= 0; at = nameZh.indexOf(word, at + 1)) {
      const start = chars.length - [...nameZh.slice(at)].length;
      result.splice(start, [...word].length, ...(READINGS[word] ?? '').split(' '));
    }
  }
  return result;
}

/**
 * Joins syllables into one capitalised word, with the apostrophe that pinyin puts before a
 * syllable starting with a, o or e ("Xi'an", "Lu'an", "Dong'e").
 */
export function joinSyllables(parts: string[]): string {
  const word = parts
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .toLowerCase();
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The pinyin English name of a unit from its full Chinese name, e.g. 相城区 → "Xiangcheng". */
export function pinyinName(nameZh: string): string {
  const stem = stripSuffix(nameZh);
  return joinSyllables(syllables(nameZh).slice(0, [...stem].length));
}

/**
 * Established English names that pinyin does not give, by the source's 6-digit code: Hong Kong,
 * Macau and their districts, Taiwan's cities and counties as Xinhua writes them, the
 * prefecture-level units of Inner Mongolia, Heilongjiang, Xinjiang and Tibet known abroad by
 * their non-Han names, and the source's units that are not administrative divisions.
 */
// prettier-ignore
export const NAME_EN_OVERRIDES: Record<string, string> = {
  // Hong Kong and Macau
  810000: 'Hong Kong', 820000: 'Macau',
  810101: 'Central and Western', 810102: 'Eastern', 810103: 'Kowloon City', 810104: 'Kwun Tong',
  810105: 'Southern', 810106: 'Sham Shui Po', 810107: 'Wan Chai', 810108: 'Wong Tai Sin',
  810109: 'Yau Tsim Mong', 810110: 'Islands', 810111: 'Kwai Tsing', 810112: 'North',
  810113: 'Sai Kung', 810114: 'Sha Tin', 810115: 'Tuen Mun', 810116: 'Tai Po',
  810117: 'Tsuen Wan', 810118: 'Yuen Long',
  // Taiwan (the source's own codes)
  710001: 'Kaohsiung', 710003: 'Hualien', 710004: 'Keelung', 710005: 'Chiayi City',
  710006: 'Chiayi County', 710007: 'Miaoli', 710008: 'Nantou', 710009: 'Taipei',
  710010: 'Penghu', 710011: 'Pingtung', 710012: 'New Taipei', 710013: 'Taitung',
  710014: 'Tainan', 710016: 'Taichung', 710018: 'Taoyuan', 710019: 'Hsinchu City',
  710020: 'Hsinchu County', 710021: 'Yilan', 710022: 'Yunlin', 710023: 'Changhua',
  // Prefecture-level units with established non-pinyin names
  150100: 'Hohhot', 150600: 'Ordos', 150700: 'Hulunbuir', 150800: 'Bayannur', 150900: 'Ulanqab',
  152200: 'Hinggan', 152500: 'Xilingol', 152900: 'Alxa', 230100: 'Harbin', 230200: 'Qiqihar',
  540100: 'Lhasa', 540200: 'Shigatse', 540300: 'Qamdo', 540400: 'Nyingchi', 540600: 'Nagqu',
  542500: 'Ngari', 650100: 'Urumqi', 650200: 'Karamay', 650400: 'Turpan', 652700: 'Bortala',
  652800: 'Bayingolin', 652900: 'Aksu', 653000: 'Kizilsu', 653100: 'Kashgar', 653200: 'Hotan',
  654000: 'Ili', 654300: 'Altay', 659002: 'Aral',
  // A city and a county of one name in one prefecture
  622901: 'Linxia City', 622921: 'Linxia County', 653201: 'Hotan City', 653221: 'Hotan County',
  654002: 'Yining City', 654021: 'Yining County',
  // Units of the source that are not ordinary divisions
  429021: 'Shennongjia', 629700: 'Shandan Horse Farm', 629800: 'Lianhuashan Reserve',
  629900: 'Taizishan Reserve', 632857: 'Dachaidan',
};

/** The English name of a unit: the override for its code, else its pinyin name. */
export function englishName(id: string, nameZh: string): string {
  return NAME_EN_OVERRIDES[id] ?? pinyinName(nameZh);
}

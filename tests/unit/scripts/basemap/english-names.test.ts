import {
  englishName,
  joinSyllables,
  NAME_EN_OVERRIDES,
  pinyinName,
  stripSuffix,
} from '../../../../scripts/basemap/english-names';

describe('pinyinName', () => {
  it('drops the administrative suffix and writes one capitalised word', () => {
    expect(pinyinName('姑苏区')).toBe('Gusu');
    expect(pinyinName('相城区')).toBe('Xiangcheng');
    expect(pinyinName('昆山市')).toBe('Kunshan');
    expect(pinyinName('张家港市')).toBe('Zhangjiagang');
    expect(pinyinName('鄂托克前旗')).toBe('Etuokeqian');
    expect(pinyinName('锡林郭勒盟')).toBe('Xilinguole');
    expect(pinyinName('大兴安岭地区')).toBe("Daxing'anling");
    expect(pinyinName('六枝特区')).toBe('Liuzhi');
    expect(pinyinName('浦东新区')).toBe('Pudong');
  });

  it('drops the peoples named before an autonomous unit’s suffix', () => {
    expect(pinyinName('恩施土家族苗族自治州')).toBe('Enshi');
    expect(pinyinName('长白朝鲜族自治县')).toBe('Changbai');
    expect(pinyinName('积石山保安族东乡族撒拉族自治县')).toBe('Jishishan');
    expect(pinyinName('巴里坤哈萨克自治县')).toBe('Balikun');
    expect(pinyinName('龙胜各族自治县')).toBe('Longsheng');
    expect(pinyinName('莫力达瓦达斡尔族自治旗')).toBe('Molidawa');
  });

  it('keeps a unit named after its people whole', () => {
    expect(stripSuffix('东乡族自治县')).toBe('东乡');
    expect(stripSuffix('鄂伦春自治旗')).toBe('鄂伦春');
    expect(pinyinName('鄂温克族自治旗')).toBe('Ewenke');
  });

  it('keeps the whole name when the suffix would leave one character', () => {
    expect(pinyinName('城区')).toBe('Chengqu');
    expect(pinyinName('郊区')).toBe('Jiaoqu');
    expect(pinyinName('矿区')).toBe('Kuangqu');
    expect(pinyinName('赵县')).toBe('Zhaoxian');
    expect(pinyinName('清新区')).toBe('Qingxin'); // 清新 + 区, not 清 + 新区
  });

  it('does not take 林区 or 矿区 for a suffix in ordinary district names', () => {
    expect(pinyinName('碑林区')).toBe('Beilin');
    expect(pinyinName('万柏林区')).toBe('Wanbailin');
    expect(pinyinName('井陉矿区')).toBe('Jingxingkuang'); // beside 井陉县, Jingxing
  });

  it('reads polyphonic characters as the place names have them', () => {
    expect(pinyinName('厦门市')).toBe('Xiamen');
    expect(pinyinName('重庆市')).toBe('Chongqing');
    expect(pinyinName('长沙市')).toBe('Changsha');
    expect(pinyinName('长子县')).toBe('Zhangzi');
    expect(pinyinName('蚌埠市')).toBe('Bengbu');
    expect(pinyinName('蚌山区')).toBe('Bengshan');
    expect(pinyinName('六安市')).toBe("Lu'an");
    expect(pinyinName('六合区')).toBe('Luhe');
    expect(pinyinName('闵行区')).toBe('Minhang');
    expect(pinyinName('番禺区')).toBe('Panyu');
    expect(pinyinName('乐清市')).toBe('Yueqing');
    expect(pinyinName('乐山市')).toBe('Leshan');
    expect(pinyinName('郫都区')).toBe('Pidu');
    expect(pinyinName('喀什市')).toBe('Kashi');
    expect(pinyinName('黄陂区')).toBe('Huangpi');
    expect(pinyinName('单县')).toBe('Shanxian');
    expect(pinyinName('吕梁市')).toBe('Lüliang');
  });

  it('puts the pinyin apostrophe before a syllable starting with a, o or e', () => {
    expect(pinyinName('西安市')).toBe("Xi'an");
    expect(pinyinName('东阿县')).toBe("Dong'e");
    expect(joinSyllables(['tian', 'jin'])).toBe('Tianjin');
    expect(joinSyllables(['an', 'ou'])).toBe("An'ou");
  });
});

describe('englishName', () => {
  it('uses the established English name where there is one', () => {
    expect(englishName('810000', '香港特别行政区')).toBe('Hong Kong');
    expect(englishName('820000', '澳门特别行政区')).toBe('Macau');
    expect(englishName('810101', '中西区')).toBe('Central and Western');
    expect(englishName('710009', '台北市')).toBe('Taipei');
    expect(englishName('150100', '呼和浩特市')).toBe('Hohhot');
    expect(englishName('152500', '锡林郭勒盟')).toBe('Xilingol');
    expect(englishName('230100', '哈尔滨市')).toBe('Harbin');
    expect(englishName('650100', '乌鲁木齐市')).toBe('Urumqi');
    expect(englishName('540100', '拉萨市')).toBe('Lhasa');
    expect(englishName('429021', '神农架林区')).toBe('Shennongjia');
  });

  it('tells a city and a county of one name apart', () => {
    expect(englishName('622901', '临夏市')).toBe('Linxia City');
    expect(englishName('622921', '临夏县')).toBe('Linxia County');
  });

  it('falls back to pinyin for every other code', () => {
    expect(englishName('320508', '姑苏区')).toBe('Gusu');
    expect(englishName('110105', '朝阳区')).toBe('Chaoyang');
    expect(Object.values(NAME_EN_OVERRIDES).every((name) => /^[A-Z]/.test(name))).toBe(true);
  });
});

/** Which demo warehouse serves a region: east → SHA, south → CAN, west → CTU. */
export type DemoRegion = 'east' | 'south' | 'west';

/** A real province / city / district combination and the region it ships from. */
export type DemoPlace = {
  readonly province: string;
  readonly city: string;
  readonly district: string;
  readonly region: DemoRegion;
};

// Municipalities repeat their name as the city, as the platforms export them.
/** Real districts across mainland China, grouped by the warehouse that serves them. */
export const demoPlaces: readonly DemoPlace[] = [
  { province: '上海市', city: '上海市', district: '浦东新区', region: 'east' },
  { province: '上海市', city: '上海市', district: '徐汇区', region: 'east' },
  { province: '上海市', city: '上海市', district: '闵行区', region: 'east' },
  { province: '江苏省', city: '南京市', district: '鼓楼区', region: 'east' },
  { province: '江苏省', city: '苏州市', district: '姑苏区', region: 'east' },
  { province: '浙江省', city: '杭州市', district: '西湖区', region: 'east' },
  { province: '浙江省', city: '宁波市', district: '鄞州区', region: 'east' },
  { province: '安徽省', city: '合肥市', district: '蜀山区', region: 'east' },
  { province: '山东省', city: '青岛市', district: '市南区', region: 'east' },
  { province: '山东省', city: '济南市', district: '历下区', region: 'east' },
  { province: '北京市', city: '北京市', district: '朝阳区', region: 'east' },
  { province: '北京市', city: '北京市', district: '海淀区', region: 'east' },
  { province: '天津市', city: '天津市', district: '南开区', region: 'east' },
  { province: '湖北省', city: '武汉市', district: '洪山区', region: 'east' },
  { province: '河南省', city: '郑州市', district: '金水区', region: 'east' },
  { province: '广东省', city: '深圳市', district: '南山区', region: 'south' },
  { province: '广东省', city: '深圳市', district: '福田区', region: 'south' },
  { province: '广东省', city: '广州市', district: '天河区', region: 'south' },
  { province: '广东省', city: '广州市', district: '番禺区', region: 'south' },
  { province: '广东省', city: '佛山市', district: '禅城区', region: 'south' },
  { province: '福建省', city: '厦门市', district: '思明区', region: 'south' },
  { province: '福建省', city: '福州市', district: '鼓楼区', region: 'south' },
  { province: '广西壮族自治区', city: '南宁市', district: '青秀区', region: 'south' },
  { province: '海南省', city: '海口市', district: '美兰区', region: 'south' },
  { province: '湖南省', city: '长沙市', district: '岳麓区', region: 'south' },
  { province: '四川省', city: '成都市', district: '武侯区', region: 'west' },
  { province: '四川省', city: '成都市', district: '锦江区', region: 'west' },
  { province: '四川省', city: '绵阳市', district: '涪城区', region: 'west' },
  { province: '重庆市', city: '重庆市', district: '渝北区', region: 'west' },
  { province: '重庆市', city: '重庆市', district: '江北区', region: 'west' },
  { province: '陕西省', city: '西安市', district: '雁塔区', region: 'west' },
  { province: '云南省', city: '昆明市', district: '五华区', region: 'west' },
  { province: '贵州省', city: '贵阳市', district: '南明区', region: 'west' },
  { province: '甘肃省', city: '兰州市', district: '城关区', region: 'west' },
];

/** Street names found in almost every Chinese city. */
export const streets = words(
  '人民路 解放路 中山路 建设路 和平路 新华路 长江路 黄河路 文化路 胜利路 东风路 复兴路 青年路 光明路 幸福路 学府路 滨江大道 ' +
    '世纪大道 环城东路 朝阳路',
);

/** Residential estate names; none contains a vague-address word. */
export const estates = words(
  '阳光花园 翠苑小区 锦绣华庭 金色家园 幸福里 香榭丽舍 东方花园 碧水湾 春江花月 紫荆苑 月湖小区 和谐家园 新城国际 丽景湾 枫林绿洲 ' +
    '桃源居 御景华府 滨江一号 梧桐苑 星河湾',
);

/** Office towers for buyers who have parcels sent to work. */
export const towers = [
  '创新大厦',
  '国际金融中心',
  '时代广场',
  '科技大厦',
  '财富中心',
  '软件园二期',
  '环球中心',
];

/** Landmarks a buyer names when they do not give a house number. */
export const landmarks = [
  '地铁站',
  '人民医院',
  '第一中学',
  '农贸市场',
  '汽车站',
  '体育馆',
  '公园北门',
  '菜鸟驿站',
];

/** Common surnames, the most frequent first (they get more weight). */
export const surnames = words(
  '王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 ' +
    '袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 欧阳 上官',
);

/** Characters common in given names. */
export const givenNameCharacters = words(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 霞 平 刚 浩 宇 轩 涵 欣 怡 梓 睿 晨 佳 婷 雪 琳 俊 博 ' +
    '文 嘉 子 思 雨 一 诺 鑫 鹏 辉 华 建 志 兰 红 玲 飞 斌 凯 亮 晶 颖 倩 慧 瑶',
);

/** Mainland mobile number prefixes in use (China Mobile, Unicom, Telecom). */
export const mobilePrefixes = words(
  '130 131 132 133 134 135 136 137 138 139 147 150 151 152 153 155 156 ' +
    '157 158 159 166 173 175 176 177 178 180 181 182 183 184 185 186 187 ' +
    '188 189 191 193 195 198 199',
);

function words(text: string): readonly string[] {
  return text.split(' ');
}

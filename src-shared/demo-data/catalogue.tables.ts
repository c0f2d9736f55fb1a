/** A product sold in variants; every combination of one value per axis is one SKU. */
export type ProductLine = {
  readonly noun: string;
  /** Shelf price range in yuan for the cheapest variant. */
  readonly priceYuan: readonly [number, number];
  readonly axes: readonly (readonly string[])[];
  /** The first axis grows in size (ml, mAh, bed width), so the price grows along it. */
  readonly isPricedByFirstAxis: boolean;
};

/** A category: stored in one warehouse zone, sold under a few shop brands. */
export type ProductCategory = {
  readonly zone: string;
  /** Invented shop brands; each brand is one GS1 company (one company prefix). */
  readonly brands: readonly string[];
  readonly products: readonly ProductLine[];
};

// Axis values are written `a/b/c` to keep the tables readable; some values contain spaces.
const colours = '白色/黑色/灰色/藏青色/卡其色/酒红色/雾霾蓝/浅粉色';
const sizes = 'S/M/L/XL/XXL/3XL';
const phones =
  'iPhone 15/iPhone 15 Pro/iPhone 15 Pro Max/iPhone 16/iPhone 16 Pro/iPhone 16 Pro Max/华为 Mate 60/' +
  '华为 Mate 70/华为 Pura 70/小米 14/小米 15/OPPO Find X8/vivo X200/荣耀 Magic7';

/** What the demo warehouses stock: everyday goods of a Chinese online shop. */
export const productCategories: readonly ProductCategory[] = [
  {
    zone: 'A',
    brands: ['拾光', '素野', '初禾', '棉屿', '北纬'],
    products: [
      line('纯棉T恤', [39, 129], [colours, sizes]),
      line('重磅短袖T恤', [59, 159], ['白色/黑色/灰色/藏青色/卡其色', sizes]),
      line('连帽卫衣', [99, 299], [colours, sizes]),
      line('加绒卫裤', [69, 199], ['黑色/灰色/藏青色/卡其色', sizes]),
      line('直筒牛仔裤', [119, 329], ['浅蓝/深蓝/黑色', '28/29/30/31/32/34/36']),
      line('冰丝防晒衣', [59, 169], ['白色/黑色/灰色/藏青色/卡其色/酒红色', 'M/L/XL/XXL']),
      line('短款羽绒服', [299, 899], ['黑色/米白色/卡其色/雾霾蓝', sizes]),
      sizedLine('运动袜', [19, 59], ['5双装/10双装', '白色/黑色/混色']),
      line('帆布鞋', [79, 259], ['白色/黑色/米白色', '36/37/38/39/40/41/42/43/44']),
      line('跑步鞋', [199, 599], ['黑白/全黑/灰蓝', '38/39/40/41/42/43/44']),
    ],
  },
  {
    zone: 'B',
    brands: ['木隅', '暖居', '简宅', '禾家', '青瓷坊', '小满'],
    products: [
      sizedLine('保温杯', [39, 159], ['350ml/500ml/750ml', '白色/黑色/浅粉色/雾霾蓝/军绿色']),
      line('陶瓷马克杯', [19, 59], ['400ml', '白色/黑色/奶油黄/雾霾蓝']),
      sizedLine('纯棉四件套', [199, 599], ['1.5m床/1.8m床/2.0m床', '简约灰/奶白/条纹蓝/格子绿/樱花粉']),
      line('记忆棉枕头', [59, 199], ['标准款/护颈款', '48x74cm']),
      sizedLine('抱枕', [29, 79], ['45x45cm/50x50cm', colours]),
      sizedLine('收纳箱', [19, 89], ['小号/中号/大号/特大号', '透明/白色/灰色']),
      sizedLine('不粘炒锅', [129, 399], ['28cm/30cm/32cm', '电磁炉通用/燃气专用']),
      line('纯棉浴巾', [39, 99], ['70x140cm', '白色/灰色/浅粉色/雾霾蓝/米白色']),
    ],
  },
  {
    zone: 'C',
    brands: ['极点', '闪充', '锐拓', '声屿', '方块', '电鲸'],
    products: [
      line('手机壳', [19, 69], [phones, '透明/磨砂黑/液态硅胶白/雾霾蓝']),
      line('钢化膜', [9, 39], [phones, '高清 2片装/防窥 2片装']),
      line('数据线', [9, 49], ['USB-A转Type-C/Type-C转Type-C/Type-C转Lightning', '1m/2m', '白色/黑色']),
      sizedLine('快充充电器', [39, 199], ['20W/30W/65W/100W', '白色/黑色']),
      sizedLine('蓝牙耳机', [99, 499], ['标准版/降噪版', '白色/黑色/蓝色']),
      sizedLine('充电宝', [79, 199], ['10000mAh/20000mAh', '白色/黑色/粉色']),
      line('无线鼠标', [39, 149], ['静音版/蓝牙双模', '白色/黑色/灰色']),
      line('机械键盘', [199, 599], ['87键/104键', '红轴/茶轴/青轴', '白色/黑色']),
    ],
  },
  {
    zone: 'D',
    brands: ['山野铺', '禾田', '慢食记', '巴蜀坊', '茶语', '江南味'],
    products: [
      sizedLine('坚果礼盒', [69, 199], ['750g/1kg/1.5kg']),
      sizedLine('挂耳咖啡', [29, 129], ['10包/20包/50包', '中度烘焙/深度烘焙']),
      sizedLine('螺蛳粉', [29, 89], ['3袋装/5袋装/10袋装']),
      sizedLine('明前龙井', [89, 399], ['100g/250g']),
      sizedLine('牛肉干', [39, 129], ['250g/500g', '五香/麻辣/孜然']),
      sizedLine('冻干猫粮', [59, 399], ['1.5kg/5kg/10kg', '成猫/幼猫']),
    ],
  },
  {
    zone: 'E',
    brands: ['水漾', '花间', '清颜', '柔肤', '植萃集'],
    products: [
      sizedLine('氨基酸洗面奶', [49, 129], ['100g/150g']),
      sizedLine('补水面膜', [49, 159], ['10片装/20片装/30片装']),
      line('哑光口红', [59, 299], ['#999/#888/#316/#520/#108/#214']),
      sizedLine('防晒霜 SPF50+', [69, 199], ['50ml/100ml']),
      sizedLine('洗发水', [39, 129], ['400ml/750ml/1L', '去屑/控油/滋养']),
    ],
  },
  {
    zone: 'F',
    brands: ['洁宜', '净朗', '家和', '纸间', '小白熊'],
    products: [
      sizedLine('抽纸', [29, 69], ['24包/30包/36包']),
      sizedLine('洗衣液', [29, 99], ['2kg/3kg/5kg', '薰衣草/柠檬/樱花']),
      sizedLine('电动牙刷', [99, 399], ['标准版/声波版', '白色/黑色/粉色']),
      sizedLine('牙刷', [15, 39], ['4支装/8支装', '软毛/超软毛']),
      sizedLine('加厚垃圾袋', [9, 39], ['100只/200只', '45x50cm/60x70cm']),
      sizedLine('中性笔', [9, 29], ['12支装/24支装', '0.5mm/0.38mm', '黑色/蓝色/红色']),
      line('笔记本', [15, 45], ['A5/B5', '横线/方格/空白']),
    ],
  },
];

function line(noun: string, priceYuan: readonly [number, number], axes: readonly string[]): ProductLine {
  return { noun, priceYuan, axes: axes.map((axis) => axis.split('/')), isPricedByFirstAxis: false };
}

// A line whose first axis is a size (ml, mAh, bed width): the bigger variants cost more.
function sizedLine(noun: string, priceYuan: readonly [number, number], axes: readonly string[]): ProductLine {
  return { ...line(noun, priceYuan, axes), isPricedByFirstAxis: true };
}

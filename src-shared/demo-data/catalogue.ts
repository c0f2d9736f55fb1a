import { gs1CheckDigit, type Sku } from '../domain';
import { type ProductCategory, type ProductLine, productCategories } from './catalogue.tables';
import { makeDemoUlid } from './ids';
import { createDemoRandom, createWeightedPicker, type DemoRandom, itemAt, shuffled } from './random';

/** The SKUs with what orders and stock need to know about them, in catalogue (bin) order. */
export type DemoCatalogue = {
  readonly skus: readonly Sku[];
  /** Shelf price of `skus[i]` in fen. */
  readonly priceFen: readonly number[];
  /** True for the few best sellers that get deep stock and most of the demand. */
  readonly isHot: readonly boolean[];
  /** Picks an index into `skus`, best sellers far more often (Zipf-like). */
  readonly pickSkuIndex: (random: DemoRandom) => number;
};

// Later editions multiply the catalogue when more SKUs are asked for than the tables combine to.
const editions = ['', '2025新款', '2026新款', '经典款', '升级款'];
const baseVariantCount = productCategories.reduce(
  (sum, category) =>
    sum + category.brands.length * category.products.reduce((n, p) => n + variantCount(p), 0),
  0,
);

/** The most SKUs the demo catalogue can make without repeating a name. */
export const maxDemoSkus = baseVariantCount * editions.length;

type Variant = {
  readonly category: ProductCategory;
  readonly brand: string;
  readonly brandKey: string;
  readonly product: ProductLine;
  readonly seriesKey: string;
  readonly values: readonly string[];
  readonly firstAxisIndex: number;
  readonly edition: string;
};

/**
 * Makes `count` SKUs: named variants of the product tables, with GTIN-13s (about 5% without),
 * internal codes, shelf prices and bins. Bins and internal codes follow catalogue order, so the
 * variants of one product sit side by side as they would on real shelves.
 */
export function generateCatalogue(seed: number, count: number, nowMs: number): DemoCatalogue {
  const random = createDemoRandom(seed, 'catalogue');
  const variants = listVariants(Math.ceil(count / baseVariantCount));
  const chosen = shuffled(
    variants.map((_, index) => index),
    random,
  )
    .slice(0, count)
    .sort((a, b) => a - b)
    .map((index) => itemAt(variants, index));

  const updatedAt = new Date(nowMs).toISOString();
  const seriesPrice = new Map<string, number>();
  const companies = createCompanyPrefixes(random);
  const bins = createBinCursors(random);
  const skus: Sku[] = [];
  const priceFen: number[] = [];
  chosen.forEach((variant, index) => {
    let base = seriesPrice.get(variant.seriesKey);
    if (base === undefined) {
      const [low, high] = variant.product.priceYuan;
      base = low + random.next() * (high - low);
      seriesPrice.set(variant.seriesKey, base);
    }
    const step = variant.product.isPricedByFirstAxis ? 0.35 * variant.firstAxisIndex : 0;
    priceFen.push(shelfPriceFen(base * (1 + step)));
    const name = [variant.brand, variant.product.noun, ...variant.values, variant.edition]
      .filter(Boolean)
      .join(' ');
    const sku: Sku = {
      id: makeDemoUlid(nowMs, random),
      internalCode: `SKU-${String(index + 1).padStart(6, '0')}`,
      name,
      bin: bins.next(variant.category.zone),
      updatedAt,
    };
    // Some goods (loose, own-label) come without a retail barcode and get internal labels.
    skus.push(random.chance(0.05) ? sku : { ...sku, gtin: companies.nextGtin(variant.brandKey) });
  });

  const ranks = shuffled(
    skus.map((_, index) => index),
    random,
  );
  const hotCount = Math.max(1, Math.round(count * 0.01));
  const isHot = new Array<boolean>(count).fill(false);
  ranks.slice(0, hotCount).forEach((index) => {
    isHot[index] = true;
  });
  const pickSkuIndex = createWeightedPicker(ranks.map((index, rank) => [index, 1 / (rank + 8)] as const));
  return { skus, priceFen, isHot, pickSkuIndex };
}

function variantCount(product: ProductLine): number {
  return product.axes.reduce((n, axis) => n * axis.length, 1);
}

function listVariants(editionCount: number): Variant[] {
  const variants: Variant[] = [];
  for (const category of productCategories) {
    for (const product of category.products) {
      for (const brand of category.brands) {
        for (const edition of editions.slice(0, editionCount)) {
          const seriesKey = `${brand}|${product.noun}|${edition}`;
          for (const values of combine(product.axes)) {
            const firstValue = values[0];
            const firstAxisIndex = firstValue === undefined ? 0 : (product.axes[0] ?? []).indexOf(firstValue);
            variants.push({
              category,
              brand,
              brandKey: `${category.zone}|${brand}`,
              product,
              seriesKey,
              values,
              firstAxisIndex,
              edition,
            });
          }
        }
      }
    }
  }
  return variants;
}

function combine(axes: readonly (readonly string[])[]): string[][] {
  return axes.reduce<string[][]>(
    (combos, axis) => combos.flatMap((combo) => axis.map((value) => [...combo, value])),
    [[]],
  );
}

// Shop prices end in 9: ¥19.9 below thirty yuan, ¥59 / ¥129 below two hundred, ¥299 / ¥349 above.
function shelfPriceFen(yuan: number): number {
  if (yuan < 30) return Math.floor(yuan) * 100 + 90;
  if (yuan < 200) return (Math.floor(yuan / 10) * 10 + 9) * 100;
  return (Math.floor(yuan / 50) * 50 + 49) * 100;
}

/**
 * One GS1 company per brand. China's prefixes are 690–699; under 690–692 a company number has
 * four digits (five-digit item references), under 693–699 five (four-digit item references).
 * Item references run upward from a random start, so GTINs never repeat.
 */
function createCompanyPrefixes(random: DemoRandom): { nextGtin: (brandKey: string) => string } {
  const taken = new Set<string>();
  const companies = new Map<string, { prefix: string; nextItem: number }>();
  return {
    nextGtin(brandKey) {
      let company = companies.get(brandKey);
      if (company === undefined) {
        let prefix: string;
        do {
          const country = random.int(690, 699);
          prefix = `${country}${random.digits(country <= 692 ? 4 : 5)}`;
        } while (taken.has(prefix));
        taken.add(prefix);
        company = { prefix, nextItem: random.int(0, 4000) };
        companies.set(brandKey, company);
      }
      const item = company.nextItem;
      company.nextItem += random.int(1, 3);
      const body = company.prefix + String(item).padStart(12 - company.prefix.length, '0');
      return body + String(gs1CheckDigit(body));
    },
  };
}

/** Walks each zone's bins in order (aisle, level 1–5, position 1–12), leaving a few empty. */
function createBinCursors(random: DemoRandom): { next: (zone: string) => string } {
  const cursors = new Map<string, number>();
  return {
    next(zone) {
      const slot = (cursors.get(zone) ?? -1) + (random.chance(0.1) ? 2 : 1);
      cursors.set(zone, slot);
      const aisle = Math.floor(slot / 60) + 1;
      const level = Math.floor((slot % 60) / 12) + 1;
      const position = (slot % 12) + 1;
      return `${zone}-${String(aisle).padStart(2, '0')}-${level}-${String(position).padStart(2, '0')}`;
    },
  };
}

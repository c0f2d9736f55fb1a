import type { StockLevel, Warehouse } from '../domain';
import type { DemoCatalogue } from './catalogue';
import { createDemoRandom, itemAt } from './random';

/**
 * Stock of every SKU in every warehouse, as after a stock take: nothing reserved yet (the hub
 * allocates), best sellers deep (250–500), the rest mostly shallow with some at zero, and a safety
 * level of 0–20 that puts a few SKUs under "stop selling" from the start.
 */
export function generateStock(
  seed: number,
  warehouses: readonly Warehouse[],
  catalogue: DemoCatalogue,
  updatedAt: string,
): StockLevel[] {
  const random = createDemoRandom(seed, 'stock');
  const stock: StockLevel[] = [];
  for (const warehouse of warehouses) {
    catalogue.skus.forEach((sku, index) => {
      let onHand: number;
      if (itemAt(catalogue.isHot, index)) onHand = random.int(250, 500);
      else if (random.chance(0.08)) onHand = 0;
      else {
        // Squaring skews towards the low end: most shelves hold a few dozen units at most. r·r, not
        // r ** 2: the spec lets Math.pow differ between engines, plain multiplication may not.
        const r = random.next();
        onHand = 1 + Math.floor(r * r * 150);
      }
      stock.push({
        warehouseId: warehouse.id,
        skuId: sku.id,
        onHand,
        reserved: 0,
        safety: random.int(0, 20),
        updatedAt,
      });
    });
  }
  return stock;
}

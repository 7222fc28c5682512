import { api } from '../api.ts';

/** GET /api/catalog/products (src/modules/catalog/catalog.routes.ts). */
export type Product = {
  id: string;
  articleNumber: string;
  nameSv: string;
  nameEn: string;
  category: string;
  priceExVatOre: number;
  vatRate: number;
  stock: number;
  medicalDevice: boolean;
};

export type ProductPage = { items: Product[]; total: number };

export const PAGE_SIZE = 24;

export function fetchProducts(q: string, after: string | undefined, signal?: AbortSignal): Promise<ProductPage> {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (q) params.set('q', q);
  if (after) params.set('after', after);
  return api<ProductPage>('GET', `/api/catalog/products?${params}`, undefined, signal);
}

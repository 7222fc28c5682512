import { api } from '../api.ts';

/** GET /api/catalog/products (src/modules/catalog/catalog.routes.ts). */
export type Product = {
  id: string;
  articleNumber: string;
  nameSv: string;
  nameEn: string;
  priceExVatOre: number;
  vatRate: number;
  vatOre: number;
  stock: number;
  medicalDevice: boolean;
  categories: string[];
  image: string | null;
};

export type ProductPage = { items: Product[]; total: number; nextCursor: string | null };

export type Category = { slug: string; nameSv: string; nameEn: string; productCount: number };

export type ProductDetails = Omit<Product, 'categories' | 'image'> & {
  descriptionSv: string;
  descriptionEn: string;
  udiDi: string | null;
  implantable: boolean;
  categories: { slug: string; nameSv: string; nameEn: string }[];
  images: { path: string; altSv: string; altEn: string }[];
  expiry: { lotsInStock: number; earliestExpiry: string | null; latestExpiry: string | null };
};

export const SORTS = ['article', 'name_sv', 'name_en', 'price_asc', 'price_desc'] as const;
export type Sort = (typeof SORTS)[number];

/** What the storefront filters by; kept in the page's query string. */
export type CatalogQuery = {
  q: string;
  category: string;
  /** Whole kronor as typed, '' for none. */
  minKr: string;
  maxKr: string;
  inStock: boolean;
  medicalDevice: boolean;
  sort: Sort;
};

export const EMPTY_QUERY: CatalogQuery = {
  q: '',
  category: '',
  minKr: '',
  maxKr: '',
  inStock: false,
  medicalDevice: false,
  sort: 'article',
};

export const PAGE_SIZE = 24;

const kr = (s: string) => (/^\d{1,7}$/.test(s.trim()) ? String(Number(s.trim()) * 100) : undefined);

/** The API parameters of a query (prices in öre). */
export function apiParams(query: CatalogQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.category) p.set('category', query.category);
  const min = kr(query.minKr);
  const max = kr(query.maxKr);
  if (min) p.set('minPrice', min);
  if (max) p.set('maxPrice', max);
  if (query.inStock) p.set('inStock', 'true');
  if (query.medicalDevice) p.set('medicalDevice', 'true');
  if (query.sort !== 'article') p.set('sort', query.sort);
  return p;
}

/** The page's own query string (prices in kronor, as typed). */
export function pageParams(query: CatalogQuery): string {
  const p = new URLSearchParams();
  if (query.q) p.set('q', query.q);
  if (query.category) p.set('kategori', query.category);
  if (query.minKr) p.set('fran', query.minKr);
  if (query.maxKr) p.set('till', query.maxKr);
  if (query.inStock) p.set('ilager', '1');
  if (query.medicalDevice) p.set('mt', '1');
  if (query.sort !== 'article') p.set('sortering', query.sort);
  const s = p.toString();
  return s ? `?${s}` : '';
}

export function queryFromSearch(search: string): CatalogQuery {
  const p = new URLSearchParams(search);
  const sort = p.get('sortering');
  return {
    q: p.get('q')?.trim() ?? '',
    category: p.get('kategori') ?? '',
    minKr: p.get('fran') ?? '',
    maxKr: p.get('till') ?? '',
    inStock: p.get('ilager') === '1',
    medicalDevice: p.get('mt') === '1',
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as Sort) : 'article',
  };
}

export function fetchProducts(
  query: CatalogQuery,
  after: string | undefined,
  signal?: AbortSignal,
): Promise<ProductPage> {
  const params = apiParams(query);
  params.set('limit', String(PAGE_SIZE));
  if (after) params.set('after', after);
  return api<ProductPage>('GET', `/api/catalog/products?${params}`, undefined, signal);
}

export const fetchCategories = (signal?: AbortSignal) =>
  api<{ items: Category[] }>('GET', '/api/catalog/categories', undefined, signal).then((r) => r.items);

export const fetchProduct = (articleNumber: string, signal?: AbortSignal) =>
  api<ProductDetails>('GET', `/api/catalog/products/${encodeURIComponent(articleNumber)}`, undefined, signal);

export const productPath = (articleNumber: string) => `/produkter/${encodeURIComponent(articleNumber)}`;

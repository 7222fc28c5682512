import type { App } from '#src/platform/http/index.ts';
import type { Db } from '#src/platform/db/index.ts';
import { quoteCart, quoteSchema } from './cart.quote.ts';
import { quoteRequestSchema } from './checkout.schema.ts';

/**
 * The cart lives in the browser (localStorage: article numbers and quantities, nothing personal)
 * and is sent whole at checkout; the server prices it from the catalogue every time. This route
 * prices a cart for the cart and checkout pages.
 */
export function registerCartRoutes(app: App, deps: { db: Db }) {
  app.post(
    '/api/cart/quote',
    {
      schema: {
        tags: ['checkout'],
        summary: 'Price a cart: lines, VAT per rate, shipping, öresavrundning, reverse charge',
        body: quoteRequestSchema,
        response: { 200: quoteSchema },
      },
    },
    async (req) => quoteCart(deps.db, req.body),
  );
}

/** Refusals of a checkout that the client acts on; the route answers each with its own `error` code. */

/** 409 out_of_stock: nothing was written; the message names the article (never a person). */
export class OutOfStockError extends Error {
  readonly articleNumber: string;
  readonly field: string;
  constructor(articleNumber: string, field: string) {
    super(`Slut i lager: ${articleNumber} / Out of stock: ${articleNumber}`);
    this.name = 'OutOfStockError';
    this.articleNumber = articleNumber;
    this.field = field;
  }
}

/** 409 price_changed: the total differs from the one the customer was shown; nothing was written. */
export class PriceChangedError extends Error {
  readonly totalIncVatOre: number;
  constructor(totalIncVatOre: number) {
    super('Priset har ändrats, kontrollera varukorgen / The price has changed, please review the cart');
    this.name = 'PriceChangedError';
    this.totalIncVatOre = totalIncVatOre;
  }
}

/** 422 idempotency_key_reused: the key was used by this caller for a different request. */
export class IdempotencyMismatchError extends Error {
  constructor() {
    super(
      'Idempotency-Key används redan för en annan beställning / The Idempotency-Key was already used for a different request',
    );
    this.name = 'IdempotencyMismatchError';
  }
}

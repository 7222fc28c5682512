import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { createSignedInStaff } from '../../../test/staff.ts';
import { insertTestCategories } from './catalog.testing.ts';
import { withGs1CheckDigit } from './gtin.ts';
import { sekToOre } from './catalog.import.ts';

const UDI = withGs1CheckDigit('0735999912345');
const HEADER =
  'article_number;name_sv;name_en;description_sv;description_en;price_ex_vat_sek;vat_rate;stock;medical_device;udi_di;categories';

/** What Excel saves as "CSV UTF-8": a BOM, semicolons (Swedish locale), CRLF, decimal commas. */
const excel = (...rows: string[]) => `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;

type Problem = { field: string; message: string };

describe('CSV import of products (all rows or none, upsert by article number)', () => {
  let t: TestApp;
  let admin: { cookie: string };
  const importCsv = (csv: string, who = admin) =>
    t.app.inject({
      method: 'POST',
      url: '/api/staff/catalog/import',
      headers: { cookie: who.cookie },
      payload: { csv },
    });
  const count = async () => Number((await t.database.query<{ n: string }>('select count(*) as n from products'))[0]!.n);
  const productRow = async (a: string) =>
    (
      await t.database.query<Record<string, unknown>>(
        `select p.name_sv, p.price_ex_vat_ore, p.vat_rate, p.stock, p.medical_device, p.udi_di,
           (select string_agg(c.slug, '|' order by c.slug) from product_categories pc join categories c on c.id = pc.category_id where pc.product_id = p.id) as cats
         from products p where article_number = $1`,
        [a],
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    await insertTestCategories(t.database.db);
    admin = await createSignedInStaff(t, { email: 'olle.order@kliniksupport.se', roles: ['order_administration'] });
  });
  afterAll(async () => t.close());

  it('reads kronor with a decimal comma or point', () => {
    expect(sekToOre('89')).toBe(8_900);
    expect(sekToOre('1 234,5')).toBe(123_450);
    expect(sekToOre('0.07')).toBe(7);
    expect(sekToOre('12,345')).toBeNaN();
    expect(sekToOre('-3')).toBeNaN();
  });

  it('imports an Excel file (BOM, semicolons, decimal commas, ja/nej), then updates by article number', async () => {
    const res = await importCsv(
      excel(
        `KS-7001;Nitrilhandskar, M;Nitrile gloves, M;Puderfria;Powder-free;89,00;25;100;ja;${UDI};handskar|tandvard`,
        'KS-7002;"Kompress; steril";Sterile swab;;;12,50;12;0;nej;;forband',
      ),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 2, updated: 0 });
    expect(await productRow('KS-7001')).toEqual({
      name_sv: 'Nitrilhandskar, M',
      price_ex_vat_ore: 8_900,
      vat_rate: 25,
      stock: 100,
      medical_device: true,
      udi_di: UDI,
      cats: 'handskar|tandvard',
    });
    expect(await productRow('KS-7002')).toMatchObject({
      name_sv: 'Kompress; steril',
      price_ex_vat_ore: 1_250,
      vat_rate: 12,
    });

    const again = await importCsv(excel(`KS-7002;Kompress steril;Sterile swab;;;13;12;40;nej;;forband|tandvard`));
    expect(again.json()).toEqual({ created: 0, updated: 1 });
    expect(await productRow('KS-7002')).toMatchObject({
      name_sv: 'Kompress steril',
      price_ex_vat_ore: 1_300,
      stock: 40,
      cats: 'forband|tandvard',
    });
    expect(await count()).toBe(2);
  });

  it('reads a comma-separated file without BOM, with quoted fields', async () => {
    const csv = [
      'article_number,name_sv,name_en,price_ex_vat_sek,vat_rate,stock,categories',
      'KS-7100,"Pincett, anatomisk",Forceps,98.00,25,7,instrument',
    ].join('\n');
    const res = await importCsv(csv);
    expect(res.statusCode, res.body).toBe(200);
    expect(await productRow('KS-7100')).toMatchObject({ name_sv: 'Pincett, anatomisk', price_ex_vat_ore: 9_800 });
  });

  it('writes nothing when any row is bad, and names every row and column', async () => {
    const before = await count();
    const res = await importCsv(
      excel(
        `KS-7200;Bra rad;Good row;;;10;25;1;nej;;handskar`,
        `KS-7201;Fel moms;Wrong VAT;;;10;20;1;nej;;handskar`,
        `KS-7202;Utan UDI;No UDI;;;10;25;1;ja;;handskar`,
        `KS-7203;Fel UDI;Bad UDI;;;10;25;1;ja;07359999123450;handskar`,
        `KS-7204;Fel pris;Bad price;;;tio;25;-1;nej;;okand`,
        `KS-7200;Dubblett;Duplicate;;;10;25;1;nej;;handskar`,
      ),
    );
    expect(res.statusCode).toBe(400);
    const fields = res.json<{ fields: Problem[] }>().fields;
    expect(fields.map((f) => f.field)).toEqual([
      'row 3, vat_rate',
      'row 4, udi_di',
      'row 5, udi_di',
      'row 6, price_ex_vat_sek',
      'row 6, stock',
      'row 7, article_number',
    ]);
    expect(fields[1]!.message).toMatch(/required for a medical device/);
    expect(fields[2]!.message).toMatch(/check digit/);
    expect(await count()).toBe(before);
    expect(await productRow('KS-7200')).toBeUndefined();
  });

  it('reads the optional implantable column; without it an existing implant stays one', async () => {
    const withImplant = (...rows: string[]) => `\uFEFF${[`${HEADER};implantable`, ...rows].join('\r\n')}\r\n`;
    const udi = (n: string) => withGs1CheckDigit(`07359999${n}`);
    const implantable = async (a: string) =>
      (
        await t.database.query<{ implantable: boolean }>('select implantable from products where article_number = $1', [
          a,
        ])
      )[0]?.implantable;
    const res = await importCsv(
      withImplant(
        `KS-7400;Tandimplantat;Dental implant;;;1650;25;5;ja;${udi('74000')};tandvard;ja`,
        `KS-7401;Läkdistans;Healing abutment;;;345;25;5;yes;${udi('74010')};tandvard;Nej`,
        `KS-7402;Spegel;Mirror;;;189;25;5;ja;${udi('74020')};instrument;`,
      ),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect([await implantable('KS-7400'), await implantable('KS-7401'), await implantable('KS-7402')]).toEqual([
      true,
      false,
      false,
    ]);
    // A file in the old format (no implantable column) changes the price, not the implant flag ...
    const old = await importCsv(excel(`KS-7400;Tandimplantat;Dental implant;;;1700;25;5;ja;${udi('74000')};tandvard`));
    expect(old.json()).toEqual({ created: 0, updated: 1 });
    expect(await productRow('KS-7400')).toMatchObject({ price_ex_vat_ore: 170_000 });
    expect(await implantable('KS-7400')).toBe(true);
    // ... unless the product stops being a medical device.
    await importCsv(excel('KS-7400;Tandimplantat;Dental implant;;;1700;25;5;nej;;tandvard'));
    expect(await productRow('KS-7400')).toMatchObject({ medical_device: false });
    expect(await implantable('KS-7400')).toBe(false);

    const before = await count();
    const bad = await importCsv(
      withImplant(
        'KS-7403;Mikrochip;Microchip;;;420;25;5;nej;;instrument;ja',
        `KS-7404;Membran;Membrane;;;1890;25;5;ja;${udi('74040')};tandvard;kanske`,
      ),
    );
    expect(bad.statusCode).toBe(400);
    const fields = bad.json<{ fields: Problem[] }>().fields;
    expect(fields.map((f) => f.field)).toEqual(['row 2, implantable', 'row 3, implantable']);
    expect(fields[0]!.message).toMatch(/must be a medical device/);
    expect(await count()).toBe(before);
  });

  it('reports an unknown category, a missing or unknown column, and an empty file', async () => {
    const unknownCat = await importCsv(excel('KS-7300;A;A;;;10;25;1;nej;;okand'));
    expect(unknownCat.json<{ fields: Problem[] }>().fields).toEqual([
      { field: 'row 2, categories', message: 'okänd kategori okand / unknown category okand' },
    ]);
    const columns = await importCsv('article_number;name_sv;colour\nKS-1;A;red');
    expect(columns.statusCode).toBe(400);
    expect(columns.json<{ fields: Problem[] }>().fields.map((f) => f.field)).toEqual([
      'row 1, colour',
      'row 1, name_en',
      'row 1, price_ex_vat_sek',
      'row 1, vat_rate',
      'row 1, stock',
      'row 1, categories',
    ]);
    const empty = await importCsv(excel());
    expect(empty.json<{ fields: Problem[] }>().fields.map((f) => f.field)).toEqual(['row 2, csv']);
    const ragged = await importCsv(excel('KS-7301;A;A'));
    expect(ragged.statusCode).toBe(400);
    expect(await productRow('KS-7300')).toBeUndefined();
  });
});

import path from 'node:path';
import { RuleTester } from 'eslint';
import { afterAll, describe, it } from 'vitest';
import rule from './module-boundaries.js';

// RuleTester reports through the test framework's hooks; hand it vitest's.
Object.assign(RuleTester, { afterAll, describe, it });

const src = path.resolve(import.meta.dirname, '../src');
const tester = new RuleTester({ languageOptions: { ecmaVersion: 2024, sourceType: 'module' } });

tester.run('module-boundaries', rule, {
  valid: [
    { filename: `${src}/modules/orders/orders.service.ts`, code: "import { x } from './orders.repo.ts';" },
    {
      filename: `${src}/modules/orders/orders.service.ts`,
      code: "import { x } from '#src/modules/customers/index.ts';",
    },
    { filename: `${src}/app/app.ts`, code: "import { x } from '#src/platform/http/index.ts';" },
    { filename: `${src}/modules/orders/orders.service.ts`, code: "import { z } from 'zod';" },
    {
      filename: `${src}/modules/orders/orders.tables.ts`,
      code: "import { contacts } from '#src/modules/customers/customers.tables.ts';",
    },
  ],
  invalid: [
    {
      filename: `${src}/modules/orders/orders.service.ts`,
      code: "import { companies } from '#src/modules/customers/customers.tables.ts';",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: `${src}/modules/orders/orders.service.ts`,
      code: "import { companies } from '../customers/customers.tables.ts';",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: `${src}/app/app.ts`,
      code: "export { x } from '#src/platform/db/lock.ts';",
      errors: [{ messageId: 'deep' }],
    },
  ],
});

import { z } from 'zod';
import type { App } from '#src/platform/http/index.ts';
import type { CustomersService } from './customers.service.ts';
import { registrationSchema } from './customers.types.ts';

export function registerCustomersRoutes(app: App, { customers }: { customers: CustomersService }) {
  app.post(
    '/api/customers/registrations',
    {
      schema: {
        tags: ['customers'],
        summary: 'Register a company and its first contact person',
        description:
          'Always answers 202 with the same body, whether the address or company was known or not, so the answer reveals no account.',
        body: registrationSchema,
        response: { 202: z.object({ status: z.literal('pending_verification'), message: z.string() }) },
      },
    },
    async (req, reply) => {
      await customers.register(req.body);
      return reply.code(202).send({
        status: 'pending_verification' as const,
        message:
          'Tack! Kontrollera din e-post för att slutföra registreringen. / Thank you! Check your e-mail to complete the registration.',
      });
    },
  );
}

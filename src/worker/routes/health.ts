import { createRoute, z } from '@hono/zod-openapi';
import { ENGINE } from '../../core/engine.ts';
import type { App } from '../env.ts';

/** `GET /healthz`, described for the OpenAPI document. */
export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  summary: 'Liveness and engine version',
  responses: {
    200: {
      description: 'The service is up.',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok'), engine: z.string() }).openapi('Health') } },
    },
  },
});

/** Mounts `GET /healthz`. */
export function mountHealth(app: App): void {
  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, engine: ENGINE }, 200));
}

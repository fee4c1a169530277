import { Hono } from '../hono.ts';
import { ENGINE } from '../../core/engine.ts';
import type { AppEnv } from '../env.ts';

/** `GET /healthz`: liveness and the engine version; public. */
export const healthRoutes = new Hono<AppEnv>().get('/healthz', (c) => c.json({ status: 'ok' as const, engine: ENGINE }, 200));

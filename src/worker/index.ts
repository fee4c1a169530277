import { createApp } from './app.ts';

/** The Worker: every request goes through the Hono app (src/worker/app.ts). */
const app = createApp();

export type AppType = typeof app;
export default app;

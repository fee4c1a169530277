import { HonoBase, type HonoOptions } from 'hono/hono-base';
import { RegExpRouter } from 'hono/router/reg-exp-router';
import type { BlankEnv, BlankSchema, Env, Schema } from 'hono/types';

/**
 * Hono with its RegExpRouter alone. `hono`'s default router is a SmartRouter that tries the RegExpRouter first and
 * keeps the TrieRouter only for paths the RegExpRouter cannot take; every path of this app is one it takes (the
 * worker tests go through each route), so the answers are the same and the bundle carries one router, not three.
 */
export class Hono<E extends Env = BlankEnv, S extends Schema = BlankSchema, BasePath extends string = '/'> extends HonoBase<E, S, BasePath> {
  constructor(options: HonoOptions<E> = {}) {
    super(options);
    this.router = new RegExpRouter();
  }
}

import { exports } from 'cloudflare:workers';
import seed from '../fixtures/seed.txt?raw';

export { seed };

/** Sends a request to the Worker under test (real routes, real local KV). */
export function call(path: string, init?: RequestInit): Promise<Response> {
  return exports.default.fetch(new Request(`http://newsbrief.test${path}`, init));
}

/** POSTs a JSON body to /v1/summarize. */
export function summarize(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call('/v1/summarize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Reads a problem+json response and checks its shape. */
export async function problem(res: Response): Promise<{ type: string; title: string; status: number; detail: string; errors?: Array<{ path: string; message: string }> }> {
  if (!res.headers.get('Content-Type')?.startsWith('application/problem+json')) {
    throw new Error(`expected application/problem+json, got ${res.headers.get('Content-Type')} (${res.status}): ${await res.text()}`);
  }
  const body = (await res.json()) as { type: string; title: string; status: number; detail: string };
  if (body.status !== res.status || typeof body.type !== 'string' || typeof body.title !== 'string' || typeof body.detail !== 'string') {
    throw new Error(`malformed problem body: ${JSON.stringify(body)}`);
  }
  return body;
}

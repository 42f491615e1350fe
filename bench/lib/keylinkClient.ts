// The HTTP steps of a link flow, as a host backend and the widget make them.
import {
  ConfirmResponse,
  CreateConnectSessionResponse,
  PreviewResponse,
  VerifyResponse,
} from '@keylink/contract';
import type { Preview } from '@keylink/contract';
import { secretKey } from './loopback';

async function send(url: string, init: RequestInit & { token: string }): Promise<unknown> {
  const { token, ...rest } = init;
  const response = await fetch(url, {
    ...rest,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...rest.headers,
    },
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${rest.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return text === '' ? null : JSON.parse(text);
}

async function createSessionAnswer(baseUrl: string, originOwnerId: string) {
  const body = await send(`${baseUrl}/v1/connect-sessions`, {
    method: 'POST',
    token: secretKey,
    body: JSON.stringify({ provider: 'lattice', originOwnerId }),
  });
  return CreateConnectSessionResponse.parse(body);
}

export async function createSession(baseUrl: string, originOwnerId: string): Promise<string> {
  return (await createSessionAnswer(baseUrl, originOwnerId)).token;
}

export async function verify(baseUrl: string, token: string, apiKey: string) {
  const body = await send(`${baseUrl}/v1/link/verify`, {
    method: 'POST',
    token,
    body: JSON.stringify({ credentials: { apiKey }, region: 'us' }),
  });
  return VerifyResponse.parse(body);
}

export async function getPreview(baseUrl: string, token: string): Promise<Preview> {
  return PreviewResponse.parse(await send(`${baseUrl}/v1/link/preview`, { token })).preview;
}

/** Polls the preview every `intervalMs` until it is no longer running. */
export async function previewToEnd(
  baseUrl: string,
  token: string,
  intervalMs = 5,
): Promise<Preview> {
  for (;;) {
    const preview = await getPreview(baseUrl, token);
    if (preview.status !== 'running') return preview;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export async function confirm(baseUrl: string, token: string, idempotencyKey: string) {
  const body = await send(`${baseUrl}/v1/link/confirm`, {
    method: 'POST',
    token,
    headers: { 'idempotency-key': idempotencyKey },
  });
  return ConfirmResponse.parse(body);
}

/** One whole flow's three answers, as the server gave them (the throughput floor replays them). */
export async function flowAnswers(baseUrl: string, originOwnerId: string, apiKey: string) {
  const session = await createSessionAnswer(baseUrl, originOwnerId);
  return {
    session,
    verify: await verify(baseUrl, session.token, apiKey),
    confirm: await confirm(baseUrl, session.token, crypto.randomUUID()),
  };
}

// The floor of a link flow's server work, for the throughput benchmark: a process that does only
// the input and output a flow needs and nothing else. It answers the flow's three requests on the
// same HTTP adapter as keylink-server (@hono/node-server), reads each request's JSON, and on
// verify asks Lattice the same two questions at once (the key's owner, the first page of users)
// and parses both answers; it answers with bodies a real keylink-server gave for a real flow
// (same sizes), so no database, no checks, no encryption, no logging. Whatever CPU it spends per
// flow, no implementation of the flow on this machine and runtime spends less. Prints its URL.
//
//   node --import tsx bench/floorServer.ts <latticeUrl> <answers.json>
import { readFileSync } from 'node:fs';
import { listen } from './lib/loopback';

const [latticeUrl, answersFile] = process.argv.slice(2);
if (latticeUrl === undefined || answersFile === undefined) {
  throw new Error('Usage: floorServer.ts <latticeUrl> <answers.json>');
}
const answers = JSON.parse(readFileSync(answersFile, 'utf8')) as Record<
  'session' | 'verify' | 'confirm',
  unknown
>;

async function askLattice(path: string, apiKey: string): Promise<unknown> {
  const response = await fetch(`${latticeUrl}${path}`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  return JSON.parse(await response.text());
}

const listening = await listen(async (request) => {
  const body = (await request.text()) || '{}';
  const input = JSON.parse(body) as { credentials?: { apiKey?: string } };
  switch (new URL(request.url).pathname) {
    case '/v1/connect-sessions':
      return Response.json(answers.session, { status: 201 });
    case '/v1/link/verify': {
      const apiKey = input.credentials?.apiKey ?? '';
      await Promise.all([
        askLattice('/v1/me', apiKey),
        askLattice('/v1/users?limit=100&status=NULL', apiKey),
      ]);
      return Response.json(answers.verify);
    }
    case '/v1/link/confirm':
      return Response.json(answers.confirm);
    default:
      return new Response(null, { status: 404 });
  }
});
console.log(listening.url);
process.on('SIGTERM', () => {
  void listening.close().then(() => process.exit(0));
});

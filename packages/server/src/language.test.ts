import { ErrorBody, LinkSession } from '@keylink/contract';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyOf, newSession } from './testing/flow';
import { storageTargets } from './testing/testDatabases';
import { createTestLattice } from './testing/testLattice';
import { createTestDeployment, widgetRequest } from './testing/testServer';

for (const target of storageTargets) {
  describe.skipIf(!target.available)(`the session's language on ${target.name}`, () => {
    let deployment: ReturnType<typeof createTestDeployment>;
    afterEach(async () => deployment.close());

    async function start() {
      deployment = createTestDeployment(target.create());
      const server = deployment.start({ connectors: { lattice: createTestLattice().connector } });
      const { token } = await newSession(server);
      return { server, token };
    }

    async function sessionIn(acceptLanguage: string | null) {
      const { server, token } = await start();
      const headers: Record<string, string> =
        acceptLanguage === null ? {} : { 'accept-language': acceptLanguage };
      const response = await server.fetch(widgetRequest(token, '/v1/link/session', { headers }));
      expect(response.status).toBe(200);
      const session = LinkSession.parse(await bodyOf(response));
      return { response, session };
    }

    it.each([
      ['fr', 'fr', 'Passez en vue administrateur'],
      ['fr-CA', 'fr', 'Passez en vue administrateur'],
      ['de-CH, en;q=0.5', 'de', 'Zur Admin-Ansicht wechseln'],
      ['ja, es;q=0.9, en;q=0.8', 'es', 'Cambie a la vista de administrador'],
      ['en;q=0.2, fr;q=0.9', 'fr', 'Passez en vue administrateur'],
      ['ja', 'en', 'Switch to the admin view'],
      ['*', 'en', 'Switch to the admin view'],
      ['not a tag!!, fr', 'fr', 'Passez en vue administrateur'],
      [null, 'en', 'Switch to the admin view'],
    ])(
      'given Accept-Language %s, should answer the descriptor in %s and say so',
      async (acceptLanguage, language, firstStep) => {
        const { response, session } = await sessionIn(acceptLanguage);
        expect(response.headers.get('content-language')).toBe(language);
        expect(response.headers.get('vary')).toMatch(/accept-language/i);
        expect(session.provider.language).toBe(language);
        expect(session.provider.guide[0]?.title).toBe(firstStep);
        // The links do not depend on the language: the same as the English descriptor's (this
        // connector's Lattice is not Lattice's own API, so they lead to its console).
        const english = createTestLattice().connector.descriptors.en;
        expect(session.provider.guide[0]?.link?.url).toBe(english.guide[0]?.link?.url);
        expect(session.provider.guide[0]?.link?.url).toBe('https://lattice.test/app');
      },
    );

    it('should let the widget read which language it got across origins', async () => {
      const { response } = await sessionIn('de');
      expect(response.headers.get('access-control-expose-headers')).toMatch(/Content-Language/);
    });

    it('given an empty key in German, should say what to fix in German', async () => {
      const { server, token } = await start();
      const response = await server.fetch(
        widgetRequest(token, '/v1/link/verify', {
          body: { credentials: { apiKey: '  ' }, region: 'us' },
          headers: { 'accept-language': 'de-DE' },
        }),
      );
      expect(response.status).toBe(400);
      const { error } = ErrorBody.parse(await bodyOf(response));
      expect(error.issues).toEqual([
        {
          path: 'credentials.apiKey',
          message: 'Fügen Sie Ihren Lattice-API-Schlüssel ein: Das Feld ist leer.',
        },
      ]);
    });
  });
}

/**
 * Hive Gateway over the platform's committed supergraph, for scripts/bench/hive-compare.bench.ts only (never part of
 * the platform; its packages are devDependencies of the gateway package, not dependencies):
 * the same bearer-token check as the Apollo gateway (`authenticate`: JWT, then the directory's account, cached), and
 * every subgraph call signed as the Apollo gateway signs it (@jining/protocol's signEncodedRequest over the exact body
 * sent), so the subgraphs run unchanged and verify every call.
 *
 *   HIVE_PORT, HIVE_SUBGRAPH_URLS (JSON: name → /graphql URL), JWT_SECRET, GATEWAY_SIGNING_SECRET
 */
import { createServer } from 'node:http';
import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { encodePrincipal, signEncodedRequest } from '@jining/protocol/signature';
import type { Principal } from '@jining/protocol/principal';
import { readSecret } from '@jining/protocol/secrets';
import { directoryAccounts } from '../src/auth/accounts.ts';
import { authenticate, bearerToken } from '../src/auth/guard.ts';
import { RevokedTokens } from '../src/auth/revocation.ts';
import { readSupergraph, supergraphSubgraphs } from '../src/supergraph-file.ts';

/** What hive-compare.bench.ts waits for. */
const HIVE_READY_LINE = '[hive] ready';

{
  const subgraphUrls = JSON.parse(process.env.HIVE_SUBGRAPH_URLS ?? '{}') as Record<string, string>;
  const signingSecret = readSecret('GATEWAY_SIGNING_SECRET');
  const bearer = {
    secret: new TextEncoder().encode(readSecret('JWT_SECRET')),
    tokenTtlSeconds: 15 * 60,
    accounts: directoryAccounts({ directoryUrl: subgraphUrls.directory!, signingSecret, cacheSeconds: 30 }),
    revoked: new RevokedTokens(),
  };

  // The committed supergraph, each subgraph's URL pointed at the running one (as the Apollo gateway's <NAME>_URL).
  let supergraph = readSupergraph();
  const nameByUrl = new Map<string, string>();
  for (const { name, url } of supergraphSubgraphs(supergraph)) {
    const running = subgraphUrls[name] ?? url;
    supergraph = supergraph.replace(`url: "${url}"`, `url: "${running}"`);
    nameByUrl.set(running, name);
  }

  const principals = new WeakMap<Request, Principal>();
  const jiningAuth: GatewayPlugin = {
    // Before anything runs: the same check the Apollo gateway's guard makes.
    async onRequest({ request, endResponse }) {
      const verified = await authenticate(bearerToken(request.headers.get('authorization')), bearer);
      if (!verified) {
        endResponse(Response.json({ errors: [{ message: '请先登录' }] }, { status: 401 }));
        return;
      }
      principals.set(request, verified.principal);
    },
    onFetch({ url, options, setOptions, context }) {
      const request = (context as { request?: Request }).request;
      const principal = request ? principals.get(request) : undefined;
      const target = nameByUrl.get(url);
      if (!principal || !target) throw new Error(`no principal or unknown subgraph for ${url}`);
      const body = typeof options.body === 'string' ? options.body : '';
      const signed = signEncodedRequest(
        encodePrincipal(principal),
        { method: options.method ?? 'POST', target, path: new URL(url).pathname, body },
        signingSecret,
      );
      setOptions({ ...options, headers: { ...(options.headers as Record<string, string>), ...signed } });
    },
  };

  const gateway = createGatewayRuntime({
    supergraph,
    // Handed in: the runtime would import it by name, which pnpm's strict layout does not let it find.
    transports: { http: httpTransport },
    logging: false,
    // A benchmark's errors should say what went wrong (this gateway never serves anyone).
    maskedErrors: false,
    plugins: () => [jiningAuth],
  });
  const server = createServer(gateway);
  server.listen(Number(process.env.HIVE_PORT ?? 9090), '127.0.0.1', () => console.log(HIVE_READY_LINE));
  process.on('SIGTERM', () => {
    server.close();
    void Promise.resolve(gateway.dispose()).then(() => process.exit(0));
  });
}

// A real OpenID Connect provider for the tests: panva's `oidc-provider` (the certified
// implementation from the registry), on loopback, with its own login and consent pages
// (devInteractions). Not a mock of the protocol: discovery, PKCE, state, nonce, signed ID
// tokens, client_secret_basic and userinfo are the provider's own.
//
// node idp-process.mjs  with env IDP_PORT, IDP_CLIENT_ID, IDP_CLIENT_SECRET,
// IDP_REDIRECT_URIS (comma-separated) and IDP_ACCOUNTS (JSON: login -> { email,
// email_verified, name }). Prints "identity provider ready at <issuer>".
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.IDP_PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.IDP_ACCOUNTS ?? '{}');

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: process.env.IDP_CLIENT_ID,
      client_secret: process.env.IDP_CLIENT_SECRET,
      redirect_uris: (process.env.IDP_REDIRECT_URIS ?? '').split(','),
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // PKCE for every client, confidential ones too (the default asks it of public clients only)
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  cookies: { keys: ['thinline-test-identity-provider'] },
  features: { devInteractions: { enabled: true } },
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
});
provider.on('server_error', (_ctx, err) => console.error('identity provider error:', err));

createServer(provider.callback()).listen(port, '127.0.0.1', () => console.log(`identity provider ready at ${issuer}`));

import { type ApiProcess, startApi } from './support/api-process.js';
import { type NginxProcess, startNginx } from './support/nginx.js';
import { codedErrorProblem, rawRequest } from './support/security.js';

const TOKEN = 'metrics-token-for-the-scraper-0123456789';

describe('/metrics is private', () => {
  let api: ApiProcess;
  let nginx: NginxProcess;
  beforeAll(async () => {
    api = await startApi({ METRICS_TOKEN: TOKEN });
    nginx = await startNginx([api.port]);
  });
  afterAll(async () => {
    await nginx?.stop();
    await api?.stop();
  });

  it('with METRICS_TOKEN set, answers only a scraper that sends Authorization: Bearer <token>', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`, 'Bearer ']) {
      const res = await rawRequest(api.url, 'GET', '/metrics', { headers: authorization ? { authorization } : {} });
      expect([authorization, res.status, (res.json as { code?: string }).code]).toEqual([authorization, 401, 'auth/required']);
      expect(codedErrorProblem(res.status, res.json, res.text)).toBeNull();
      expect(res.text).not.toContain('thinline_');
    }
    const scraped = await rawRequest(api.url, 'GET', '/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scraped.status).toBe(200);
    expect(scraped.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(scraped.text).toContain('thinline_socket_connections');
  });

  it('the shipped nginx config does not pass /metrics on (not even with the token), and serves the rest', async () => {
    for (const path of ['/metrics', '/metrics/', '/metrics?x=1', '//metrics', '/%6Detrics']) {
      const res = await rawRequest(nginx.url, 'GET', path, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect([path, res.status]).toEqual([path, 404]);
      expect(res.text).not.toContain('thinline_');
    }
    const health = await rawRequest(nginx.url, 'GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ database: 'up' });
  });
});

describe('/metrics without METRICS_TOKEN', () => {
  let api: ApiProcess;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('is open to whoever reaches the process (a private network), as before', async () => {
    const res = await rawRequest(api.url, 'GET', '/metrics');
    expect(res.status).toBe(200);
    expect(res.text).toContain('thinline_http_requests_total');
  });
});

import { request as httpRequest } from 'node:http';
import { signInOverHttp } from '../fixtures/auth';
import { expect, test } from '../hosting/fixtures';

/** Over a raw socket: the path reaches nginx byte for byte, as an attacker sends it (no client normalises it). */
function send(url: string, path: string, method = 'GET', token?: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: hostname,
        port,
        method,
        path,
        headers: {
          'content-type': 'application/json',
          'content-length': '2',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end('{}');
  });
}

test.describe('deploy/nginx.conf and odd spellings of /data-jobs paths', () => {
  test('refuses a path that differs from its normal form before it reaches the Control Service', async ({
    hosting,
    baseURL,
  }) => {
    const plain = '/data-jobs/for-team/finance/jobs';
    // Bob is in finance; the same spellings with a member's token must not reach the service either.
    const bob = (await signInOverHttp(baseURL!, 'bob')).access_token;
    expect(await send(hosting.consoleUrl, plain, 'POST')).toBe(401); // proxied: the service's own refusal
    for (const path of [
      '/%64ata-jobs/for-team/finance/jobs',
      '/data-jobs//for-team/finance/jobs',
      '/data-jobs/./for-team/finance/jobs',
      '/data-jobs/x/../for-team/finance/jobs',
      '/data-jobs/for-team/finance;v=1/jobs',
      '/data-jobs%2ffor-team%2ffinance%2fjobs',
      '/data-jobs/for-team/finance/jobs/%2e%2e/jobs',
      '/data-jobs/for-team/finance%5cjobs',
    ]) {
      expect(await send(hosting.consoleUrl, path, 'POST'), path).toBe(400);
      expect(await send(hosting.consoleUrl, path, 'GET', bob), path).toBe(400);
    }
    // Encoded characters of a value (a team name with a space) are the service's to decode.
    expect(await send(hosting.consoleUrl, '/data-jobs/for-team/my%20team/jobs', 'GET', bob)).toBe(200);
  });
});

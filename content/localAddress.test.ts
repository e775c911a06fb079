import { describe, expect, it } from 'vitest';
import { isLocalAddress } from './localAddress';

describe('isLocalAddress', () => {
  it('flags addresses only this machine can open', () => {
    for (const url of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000', 'http://0.0.0.0', 'http://app.localhost', 'not a url']) expect(isLocalAddress(url), url).toBe(true);
  });
  it('accepts public addresses, including ones that mention localhost in the path', () => {
    for (const url of ['https://example.org', 'https://beforeyourscan.org/localhost/', 'https://localhost.example.org']) expect(isLocalAddress(url), url).toBe(false);
  });
});

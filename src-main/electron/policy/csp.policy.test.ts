import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentSecurityPolicy } from './csp.policy';

describe('contentSecurityPolicy', () => {
  it('is the strict policy of ADR 0004, word for word', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('rides on every app response with nosniff', () => {
    expect(appResponseHeaders).toMatchObject({
      'Content-Security-Policy': contentSecurityPolicy,
      'X-Content-Type-Options': 'nosniff',
    });
  });
});

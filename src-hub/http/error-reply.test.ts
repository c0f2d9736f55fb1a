import { describe, expect, it } from 'vitest';
import { AppError } from '../../src-shared/errors';
import { errorReply, internalErrorMessage } from './error-reply';

describe('errorReply', () => {
  it('keeps the code and message of an AppError', () => {
    expect(errorReply(new AppError('unauthorized', 'Wrong username or password'))).toEqual({
      status: 401,
      body: { code: 'unauthorized', message: 'Wrong username or password' },
    });
    expect(errorReply(new AppError('conflict', 'Already shipped')).status).toBe(409);
  });

  it('turns Fastify client errors into validation and too_large answers', () => {
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
      statusCode: 413,
    });
    const badJson = Object.assign(
      new Error("Body is not valid JSON but content-type is set to 'application/json'"),
      {
        code: 'FST_ERR_CTP_INVALID_JSON_BODY',
        statusCode: 400,
      },
    );
    const wrongType = Object.assign(new Error('Unsupported Media Type'), {
      code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
      statusCode: 415,
    });

    expect(errorReply(tooLarge)).toEqual({
      status: 413,
      body: { code: 'too_large', message: 'The request is larger than 1 MiB' },
    });
    expect(errorReply(badJson)).toEqual({
      status: 400,
      body: { code: 'validation', message: badJson.message },
    });
    expect(errorReply(wrongType)).toEqual({
      status: 415,
      body: { code: 'validation', message: 'Unsupported Media Type' },
    });
  });

  it('hides everything about an unexpected error', () => {
    const reply = errorReply(new Error('relation "users" does not exist at /srv/hub/db.ts:12'));

    expect(reply).toEqual({ status: 500, body: { code: 'internal', message: internalErrorMessage } });
    expect(errorReply(null)).toEqual(reply);
  });
});

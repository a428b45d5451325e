import {
  expect,
  request as playwrightRequest,
  type APIRequestContext,
} from '@playwright/test';
import { BACKEND_URL, DEMO_PASSWORD } from './env';
import { keywordStatus, runKeywordCall } from './robot';
import { STEP_SECONDS, stepAt, totpCode } from './totp';

/**
 * Accounts whose role requires two-step verification (Moderator, Site
 * Administrator, Manager: issue 7) in the browser tests. The acceptance
 * backend's RobotRemote library has two keywords for them (SecurityRemote in
 * backend/src/oif/tremplin/testing.py):
 *
 * - `enrol_totp <login>` turns TOTP on with a new key and returns the key;
 * - `mfa_token <login>` enrols if needed and returns the token of a session
 *   opened with the second factor, as a full two-step login would.
 *
 * Specs that are not about the login use `signInToken` (through
 * auth.ts#apiToken): no TOTP code, so no wait for a fresh 30-second step and
 * no dependence on the server's clock (specs move it by days).
 *
 * Every call here runs in a request context of its own, disposed after:
 * @login also sets Plone's `__ac` session cookie, and once the account has
 * a second factor the server answers 401 MFARequired (500 for RobotRemote)
 * to any request that cookie authenticates, the database reset included.
 */

/** Runs `use` with a fresh request context (no cookies), then disposes it. */
export async function inFreshContext<T>(
  use: (context: APIRequestContext) => Promise<T>,
): Promise<T> {
  const context = await playwrightRequest.newContext();
  try {
    return await use(context);
  } finally {
    await context.dispose();
  }
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The `return` member of a run_keyword response (a string keyword result). */
export function keywordReturn(responseXml: string): string | undefined {
  const found =
    /<name>return<\/name>\s*<value>(?:<string>)?([^<]*)(?:<\/string>)?<\/value>/.exec(
      responseXml,
    );
  return found ? unescapeXml(found[1]) : undefined;
}

/** Runs a keyword of the backend's RobotRemote library; returns its result. */
export function robotKeywordValue(
  keyword: string,
  ...args: string[]
): Promise<string> {
  return inFreshContext(async (context) => {
    const response = await context.post(`${BACKEND_URL}/RobotRemote`, {
      headers: { 'Content-Type': 'text/xml', Accept: 'text/xml' },
      data: runKeywordCall(keyword, args),
    });
    const body = await response.text();
    const value = keywordReturn(body);
    if (!response.ok() || keywordStatus(body) !== 'PASS' || !value) {
      throw new Error(
        `${keyword}(${args.join(', ')}) failed: HTTP ${response.status()}\n${body}`,
      );
    }
    return value;
  });
}

/** Turns TOTP on for `username`; returns the key (base32). */
export function enrolTotp(username: string): Promise<string> {
  return robotKeywordValue('enrol_totp', username);
}

/** A token of a session opened with the second factor (TOTP enrolled first). */
export function mfaToken(username: string): Promise<string> {
  return robotKeywordValue('mfa_token', username);
}

/**
 * A JWT for `username` whatever her role: the password goes through @login
 * (a wrong one fails the test as before); an account that must or does use
 * a second factor gets its token from `mfa_token`. The caller's `request`
 * context is left untouched (no cookie lands in it): it is there for the
 * signature of auth.ts#apiToken, which this replaces.
 */
export async function signInToken(
  _request: APIRequestContext,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const body = await inFreshContext(async (context) => {
    const response = await context.post(`${BACKEND_URL}/@login`, {
      headers: { Accept: 'application/json' },
      data: { login: username, password },
    });
    expect(response.ok(), `@login as ${username}`).toBeTruthy();
    return response.json();
  });
  if (body.token && !body.mfa_enrolment_required) {
    return body.token;
  }
  return mfaToken(username);
}

/**
 * Codes of one key as an authenticator application gives them, never the
 * same 30-second step twice: the server accepts a code once, for a step
 * after the last one it accepted (and one step ahead of its clock). When
 * the next usable step is two ahead, this waits (polling the clock) until
 * the server would take it.
 */
export class Authenticator {
  private lastStep = -1;

  constructor(readonly secret: string) {}

  /** A code the server has not seen yet. */
  async nextCode(): Promise<string> {
    const step = Math.max(stepAt(), this.lastStep + 1);
    if (step > stepAt() + 1) {
      await expect
        .poll(() => stepAt() + 1 >= step, {
          message: `the ${STEP_SECONDS}-second step ${step} is near`,
          timeout: 2 * STEP_SECONDS * 1000,
          intervals: [1000],
        })
        .toBe(true);
    }
    this.lastStep = step;
    return totpCode(this.secret, step);
  }
}

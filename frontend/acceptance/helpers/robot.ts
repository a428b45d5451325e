import {
  request as playwrightRequest,
  type APIRequestContext,
} from '@playwright/test';
import { BACKEND_URL } from './env';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** An XML-RPC call of the Robot Framework remote API's `run_keyword`. */
export function runKeywordCall(keyword: string, args: string[]): string {
  const values = args
    .map((arg) => `<value><string>${escapeXml(arg)}</string></value>`)
    .join('');
  return (
    '<?xml version="1.0"?><methodCall><methodName>run_keyword</methodName>' +
    `<params><param><value><string>${escapeXml(keyword)}</string></value></param>` +
    `<param><value><array><data>${values}</data></array></value></param>` +
    '</params></methodCall>'
  );
}

/** The `status` member of a run_keyword response ("PASS" or "FAIL"). */
export function keywordStatus(responseXml: string): string | undefined {
  return /<name>status<\/name>\s*<value>(?:<string>)?(\w+)/.exec(
    responseXml,
  )?.[1];
}

/**
 * Runs one keyword of plone.app.robotframework's remote library
 * (POST <site>/RobotRemote), e.g. remote_zodb_setup with a layer name. The
 * call goes out without the test's cookies (a request context of its own):
 * a Plone session cookie of an account with a second factor would make the
 * server refuse it (401 MFARequired), the database reset included.
 */
export async function runRobotKeyword(
  _request: APIRequestContext,
  keyword: string,
  ...args: string[]
): Promise<void> {
  const context = await playwrightRequest.newContext();
  try {
    const response = await context.post(`${BACKEND_URL}/RobotRemote`, {
      headers: { 'Content-Type': 'text/xml', Accept: 'text/xml' },
      data: runKeywordCall(keyword, args),
    });
    const body = await response.text();
    if (!response.ok() || keywordStatus(body) !== 'PASS') {
      throw new Error(
        `${keyword}(${args.join(', ')}) failed: HTTP ${response.status()}\n${body}`,
      );
    }
  } finally {
    await context.dispose();
  }
}

/**
 * Moves the acceptance server's clock `days` from the real present (it keeps
 * ticking). Tokens issued before may have expired: log in again after. The
 * database reset between tests brings the clock back.
 */
export async function travelDaysFromNow(
  request: APIRequestContext,
  days: number,
): Promise<void> {
  await runRobotKeyword(request, 'travel_to_days_from_now', `${days}`);
}

/** Puts the acceptance server's clock back to the real time. */
export async function returnToPresent(
  request: APIRequestContext,
): Promise<void> {
  await runRobotKeyword(request, 'return_to_present');
}

import { expect, type Page } from '@playwright/test';
import { BACKEND_URL, DEMO_ADMINISTRATOR } from '../../../helpers/env';
import { inFreshContext } from '../../../helpers/mfa';
import { travelDaysFromNow } from '../../../helpers/robot';
import { privilegedToken } from './privileged';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sets the site's idle timeout through the security control panel, as the
 * administrator would (the schema's minimum is 2 minutes).
 */
export async function setIdleTimeout(minutes: number): Promise<void> {
  const token = await privilegedToken(DEMO_ADMINISTRATOR);
  await inFreshContext(async (context) => {
    const response = await context.patch(
      `${BACKEND_URL}/@controlpanels/tremplin-security`,
      {
        headers: {
          Accept: 'application/json',
          Authorization: `Bearer ${token}`,
        },
        data: { idle_timeout_minutes: minutes },
      },
    );
    expect(response.status(), await response.text()).toBe(204);
  });
}

/**
 * The browser's clock (Playwright's page.clock) and the server's
 * (time-machine, through the RobotRemote keyword) moved together, so that
 * minutes pass for both without waiting. Both keep ticking in real time.
 * The database reset after each test puts the server's clock back.
 */
export class SessionClocks {
  private offsetMs = 0;

  constructor(private readonly page: Page) {}

  /** Fakes the browser's clock; call before the first page is opened. */
  async install(): Promise<void> {
    await this.page.clock.install();
  }

  /** `ms` pass for the server, then for the browser (its timers fire). */
  async pass(ms: number): Promise<void> {
    await this.passOnServer(ms);
    await this.page.clock.fastForward(ms);
  }

  /** `ms` pass for the server only (the browser does not know). */
  async passOnServer(ms: number): Promise<void> {
    this.offsetMs += ms;
    const days = this.offsetMs / DAY_MS;
    await inFreshContext((context) => travelDaysFromNow(context, days));
  }
}

/** Waits for the idle monitor's request to @tremplin-session with `method`. */
export function sessionRequest(page: Page, method: 'GET' | 'POST') {
  return page.waitForRequest(
    (request) =>
      request.method() === method &&
      new URL(request.url()).pathname.endsWith('/@tremplin-session'),
  );
}

/** Polls the names of the browser's cookies. */
export const cookieNames = (page: Page) => async () =>
  (await page.context().cookies()).map(({ name }) => name);

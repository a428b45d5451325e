import { test as base } from '@playwright/test';
import { ACCEPTANCE_LAYER } from './env';
import { clearMails } from './mail';
import { runRobotKeyword } from './robot';

/**
 * Playwright's `test`, with the backend reset around every test: each test
 * starts from the acceptance layer's demo content and the real clock (the
 * reset puts it back), with an empty mailbox, whatever the last one did.
 */
export const test = base.extend<{ cleanBackend: void }>({
  cleanBackend: [
    async ({ request }, use) => {
      await runRobotKeyword(request, 'remote_zodb_setup', ACCEPTANCE_LAYER);
      clearMails();
      await use();
      await runRobotKeyword(request, 'remote_zodb_teardown', ACCEPTANCE_LAYER);
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';

import { defineConfig, devices } from '@playwright/test';
import {
  BACKEND_URL,
  FRONTEND_BUILD_DIR,
  FRONTEND_PORT,
  FRONTEND_URL,
  MAIL_DIR,
  SMTP_PORT,
} from './helpers/env';
import { OIDC_ISSUER, providerCommand } from './helpers/oidc';

const isCI = Boolean(process.env.CI);

// Debian's Chromium: Playwright cannot download its own browsers here.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: './tests',
  testMatch: '**/*.test.ts',
  // One backend, reset around every test: tests cannot run side by side.
  workers: 1,
  fullyParallel: false,
  forbidOnly: isCI,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: FRONTEND_URL,
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: [
    {
      // The SMTP server the acceptance site mails to; helpers/mail.ts reads
      // the Maildir it writes.
      command: `make -C ../../backend mail-catcher MAIL_DIR=${MAIL_DIR} MAIL_PORT=${SMTP_PORT}`,
      port: SMTP_PORT,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The OpenID Connect provider the acceptance site's external login
      // ("Annuaire OIF") signs in with; helpers/oidc.ts has its accounts.
      command: providerCommand(),
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'make -C ../../backend acceptance-server',
      url: BACKEND_URL,
      reuseExistingServer: !isCI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: `make -C .. start PORT=${FRONTEND_PORT} BACKEND_URL=${BACKEND_URL} BUILD_DIR=${FRONTEND_BUILD_DIR}`,
      // Volto's health route: answers without asking the backend.
      url: `${FRONTEND_URL}/ok`,
      reuseExistingServer: !isCI,
      // `make start` builds first when the sources changed (~80 s).
      timeout: 300_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});

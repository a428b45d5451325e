import path from 'path';

/**
 * Where the acceptance servers listen, and the demo accounts. The backend is
 * plone.app.robotframework's robot-server (`make -C backend
 * acceptance-server`); the frontend is our production build (`make start`).
 */
export const BACKEND_URL =
  process.env.BACKEND_URL ?? 'http://127.0.0.1:55001/plone';
export const FRONTEND_PORT = Number(process.env.FRONTEND_PORT ?? 3001);
export const FRONTEND_URL = `http://127.0.0.1:${FRONTEND_PORT}`;
/**
 * The build the frontend serves, in core/packages/volto: not `build`, which
 * a running `make start` may be serving.
 */
export const FRONTEND_BUILD_DIR =
  process.env.FRONTEND_BUILD_DIR ?? 'build-acceptance';

/** The testing layer the robot-server runs; reset between tests. */
export const ACCEPTANCE_LAYER =
  process.env.ACCEPTANCE_LAYER ?? 'oif.tremplin.testing.ACCEPTANCE_TESTING';

/**
 * The SMTP catcher the acceptance site mails to (aiosmtpd, `make -C backend
 * mail-catcher`) and the Maildir it writes, which helpers/mail.ts reads.
 * The port must match TREMPLIN_ACCEPTANCE_SMTP_PORT of the backend layer.
 */
export const SMTP_PORT = Number(
  process.env.TREMPLIN_ACCEPTANCE_SMTP_PORT ?? 55025,
);
export const MAIL_DIR =
  process.env.ACCEPTANCE_MAIL_DIR ??
  path.resolve(
    __dirname,
    '..',
    '..',
    '..',
    'backend',
    'var',
    'acceptance-mail',
  );

/** Development demo accounts, created with the demo content. */
export const DEMO_PASSWORD = 'Demo-Tremplin-2026';
export const DEMO_MEMBER = 'awa';

export const DEMO_COMPANY_PATH = '/fr/entreprises/delices-tropicaux-du-senegal';
export const DEMO_COMPANY_ENGLISH_PATH =
  '/en/companies/delices-tropicaux-du-senegal';
/** A demo member who does not own the demo company. */
export const OTHER_MEMBER = 'ahmed';
/** Reviews company profiles (Moderator role). */
export const DEMO_MODERATOR = 'moderateur';
/** Site Administrator: roles, temporary access, audit log. */
export const DEMO_ADMINISTRATOR = 'administrateur';
/** Ahmed's company: Awa may see it only while it is verified. */
export const OTHER_COMPANY_PATH = '/fr/entreprises/edunova-maroc';

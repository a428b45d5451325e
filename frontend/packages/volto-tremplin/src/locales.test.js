import assessment from './assessment/messages';
import access from './access/messages';
import accounts from './accounts/messages';
import companies from './companies/messages';
import directory from './directory/messages';
import experts from './experts/messages';
import identity from './identity/messages';
import moderation from './moderation/messages';
import login from './security/login/messages';
import mfa from './security/mfa/messages';
import captcha from './security/captcha/messages';
import passwords from './security/passwords/messages';
import recovery from './security/recovery/messages';
import sessions from './security/sessions/messages';
import external from './security/external/messages';
import profiles from './profiles/messages';
import search from './search/messages';
import site from './site/messages';
import tags from './tags/messages';
import verification from './verification/messages';
import { messagesOf, templateIds } from './testing/intl';

const DEFINED_IDS = [
  assessment,
  access,
  accounts,
  companies,
  directory,
  experts,
  identity,
  moderation,
  login,
  mfa,
  captcha,
  passwords,
  recovery,
  sessions,
  external,
  profiles,
  search,
  site,
  tags,
  verification,
].flatMap((messages) => Object.values(messages).map(({ id }) => id));

describe('locales', () => {
  it('list every message the add-on defines (run `make i18n`)', () => {
    expect(templateIds().sort()).toEqual([...DEFINED_IDS].sort());
  });

  it.each(['fr', 'en'])('translate every message into %s', (language) => {
    const messages = messagesOf(language);
    const missing = templateIds().filter((id) => !messages[id]);

    expect(missing).toEqual([]);
  });
});

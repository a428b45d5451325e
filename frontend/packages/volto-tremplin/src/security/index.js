import installCaptcha from './captcha';
import installExternal from './external';
import installHeaders from './headers';
import installLogin from './login';
import installMfa from './mfa';
import installPasswords from './passwords';
import installRecovery from './recovery';
import installSessions from './sessions';

// Account security (spec §6.3): one install function per concern.
const PARTS = [
  installCaptcha,
  installPasswords,
  installLogin,
  installMfa,
  installExternal,
  installRecovery,
  installSessions,
  installHeaders,
];

const installSecurity = (config) =>
  PARTS.reduce((cfg, install) => install(cfg), config);

export default installSecurity;

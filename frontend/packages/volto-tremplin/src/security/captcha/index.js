/**
 * The captcha needs no configuration: forms render <Captcha> (the ALTCHA
 * widget, loaded on demand) and <Honeypot>.
 */
const install = (config) => config;

export default install;

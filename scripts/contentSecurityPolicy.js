/* eslint-disable no-undef */
/**
 * The Content-Security-Policy of the production pane (a <meta http-equiv> first in <head>, so it
 * covers every script and style after it). Scripts and network calls: our own origin and the
 * Office.js CDN only (office.js loads its host scripts and strings from there). Styles: Fluent UI
 * v9 (Griffel) inserts <style> elements at run time, and office.js sets inline styles too
 * (OfficeDev/office-js#1687), hence 'unsafe-inline' for styles only. The analysis worker is a
 * bundle of our own origin. No eval, no plugins, no <base> elsewhere.
 * Office.js publishes no official list of CSP sources (OfficeDev/office-js#1005).
 */
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

const directives = {
  "default-src": ["'self'"],
  "script-src": ["'self'", OFFICE_CDN],
  "connect-src": ["'self'", OFFICE_CDN],
  "worker-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'", "data:"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'none'"],
};

/** The policy as the content of a <meta http-equiv="Content-Security-Policy">. */
function contentSecurityPolicy() {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** The <meta> element itself, for the html templates (empty in development: hot reload, eval source maps). */
function contentSecurityPolicyMeta(production) {
  if (!production) return "";
  return `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />`;
}

module.exports = { OFFICE_CDN, contentSecurityPolicy, contentSecurityPolicyMeta };

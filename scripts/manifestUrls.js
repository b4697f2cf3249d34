/* eslint-disable no-undef */
/**
 * The deployed manifest's URLs, set at build time (webpack.config.js; test/manifest.test.ts):
 * - ADDIN_BASE_URL (https://your.host/path/) replaces the dev server's https://localhost:3000/
 *   in every URL;
 * - ADDIN_SUPPORT_URL replaces <SupportUrl>: the page where users get help, which AppSource
 *   requires to be a working support page, not the add-in itself ("SupportUrl: the URL of a page
 *   that provides support information for the add-in", learn.microsoft.com, add-in only
 *   manifest reference, SupportUrl element). Without it, SupportUrl is the support.html page
 *   shipped with the add-in (under ADDIN_BASE_URL).
 * Both must be https: Office loads no add-in URL over http.
 */
const DEV_URL = "https://localhost:3000/";

function checkHttps(name, url) {
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) {
    throw new Error(`${name} must be an https:// URL without spaces or quotes (got "${url}")`);
  }
}

/** The manifest's XML with its URLs rewritten; `options` are the two settings, both optional. */
function rewriteManifest(xml, options = {}) {
  const { baseUrl, supportUrl } = options;
  let out = xml;
  if (baseUrl) {
    checkHttps("ADDIN_BASE_URL", baseUrl);
    out = out.split(DEV_URL).join(baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`);
  }
  if (supportUrl) {
    checkHttps("ADDIN_SUPPORT_URL", supportUrl);
    const escaped = supportUrl.replace(/&/g, "&amp;");
    out = out.replace(
      /(<SupportUrl DefaultValue=")[^"]*(")/,
      (_m, open, close) => open + escaped + close
    );
  }
  return out;
}

module.exports = { DEV_URL, rewriteManifest };

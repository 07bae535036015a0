import { createHash } from 'node:crypto';
import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import baseConfig from './vite.config';

/**
 * `npm run build:single`: the whole app (code, styles, geometry, data, MapLibre and its worker) in ONE
 * HTML file, `dist-single/index.html`, for meeting rooms without internet: copy it to a USB stick and
 * double-click it; it opens from file:// and needs no server and no network.
 *
 * MapLibre's default build already carries its worker inside the bundle and starts it from a blob: URL,
 * so no `setWorkerUrl` is needed.
 */

/** `'sha256-…'` CSP source for one inline script's text. */
export function cspHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;
}

/** Adds `sources` to `directive` in a CSP policy string (creating the directive from `fallback` if absent). */
function addSources(policy: string, directive: string, sources: string[], fallback: string): string {
  const directives = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const named = (name: string) => directives.findIndex((d) => d.split(/\s+/)[0]!.toLowerCase() === name);
  let index = named(directive);
  if (index < 0) {
    directives.push(`${directive} ${fallback}`);
    index = directives.length - 1;
  }
  const present = new Set(directives[index]!.split(/\s+/).slice(1));
  const missing = sources.filter((s) => !present.has(s));
  if (missing.length > 0) directives[index] = `${directives[index]} ${missing.join(' ')}`;
  return directives.join('; ');
}

/**
 * Keeps the page's Content-Security-Policy meta tag (if it has one) working for the one-file build:
 * - inlining turns `<script src>` into inline code, which `script-src 'self'` blocks: the hash of every
 *   inline script is added, so the policy stays strict instead of opening it with 'unsafe-inline';
 * - there is no worker file next to the page, so MapLibre's worker can only come from its blob: URL
 *   (and on file:// the page's origin is opaque, so 'self' does not cover blob:null/…): blob: is added to
 *   worker-src.
 */
export function adaptCsp(html: string): string {
  // A data block (type="application/json") never runs, and the app rewrites it when it saves itself.
  const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/type="application\/json"/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .filter((code) => code.trim() !== '')
    .map(cspHash);
  return html.replace(
    /(<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*\bcontent\s*=\s*")([^"]*)(")/i,
    (_, before: string, policy: string, after: string) => {
      let adapted = addSources(policy, 'script-src', hashes, "'self'");
      adapted = addSources(adapted, 'worker-src', ['blob:'], "'self'");
      return `${before}${adapted}${after}`;
    },
  );
}

/** Runs after vite-plugin-singlefile has inlined the code into the HTML. */
function inlineScriptCsp(): Plugin {
  return {
    name: 'huize:inline-script-csp',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html') && typeof file.source === 'string') {
            file.source = adaptCsp(file.source);
          }
        }
      },
    },
  };
}

export default mergeConfig(
  baseConfig,
  defineConfig({
    // The data is a JSON block of the page (build/validatePlugin.ts), which the app can replace when saving.
    define: { __HUIZE_SINGLE_FILE__: 'true' },
    plugins: [viteSingleFile({ removeViteModuleLoader: true }), inlineScriptCsp()],
    build: {
      outDir: 'dist-single',
      emptyOutDir: true,
      // Everything inline: fonts, images, the data files. (The plugin sets these too; stated for the reader.)
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      cssCodeSplit: false,
      chunkSizeWarningLimit: 100_000,
      rolldownOptions: {
        // vite-plugin-singlefile warns that the CSP blocks the inlined script; adaptCsp (above) fixes that.
        onwarn(warning, warn) {
          if (warning.plugin === 'vite:singlefile' && warning.message.includes('Content-Security-Policy'))
            return;
          warn(warning);
        },
      },
    },
  }),
);

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export type BundleFigures = {
  /** The entry script plus its modulepreloads: what a first visit must download before anything runs. */
  firstLoadGzip: number;
  firstLoadFiles: string[];
  totalJs: number;
  totalJsGzip: number;
};

/** Script URLs the HTML loads up front: module scripts and `modulepreload` links. */
export function firstLoadScripts(html: string): string[] {
  const urls = new Set<string>();
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag) && attr('src');
    const isPreload = /^<link/i.test(tag) && attr('rel') === 'modulepreload';
    const url = isScript ? attr('src') : isPreload ? attr('href') : undefined;
    if (url && !/^[a-z]+:\/\//i.test(url)) urls.add(url);
  }
  return [...urls];
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

export function measureBundle(distDir: string): BundleFigures {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const firstLoadFiles = firstLoadScripts(html).map((url) =>
    posix.normalize(url.replace(/^\//, '').split('?')[0] ?? ''),
  );
  const firstLoadGzip = firstLoadFiles.reduce(
    (sum, file) => sum + gzipSize(readFileSync(join(distDir, file))),
    0,
  );
  let totalJs = 0;
  let totalJsGzip = 0;
  for (const file of jsFiles(distDir)) {
    const bytes = readFileSync(file);
    totalJs += bytes.length;
    totalJsGzip += gzipSize(bytes);
  }
  return { firstLoadGzip, firstLoadFiles, totalJs, totalJsGzip };
}

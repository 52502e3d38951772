import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);

export type NginxPorts = { https: number; http: number; app: number };

/** Replaces `from` in `text`, failing loudly when the README no longer holds it (so test and README agree). */
function substitute(text: string, from: string | RegExp, to: string): string {
  if (!(typeof from === 'string' ? text.includes(from) : from.test(text))) {
    throw new Error(`server/prod/README.md's nginx config no longer contains ${String(from)}`);
  }
  return text.replace(from, to);
}

/** The README's nginx `server` blocks, with only its ports, certificate paths and redirect port substituted. */
export function readmeNginxConfig(ports: NginxPorts, certificate: string, key: string): string {
  const readme = readFileSync('server/prod/README.md', 'utf8');
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error('server/prod/README.md has no ```nginx block');
  let config = substitute(block, /listen 443 ssl http2;/, `listen 127.0.0.1:${ports.https} ssl http2;`);
  config = substitute(config, /listen 80;/, `listen 127.0.0.1:${ports.http};`);
  config = substitute(config, /ssl_certificate +\S+;/, `ssl_certificate ${certificate};`);
  config = substitute(config, /ssl_certificate_key +\S+;/, `ssl_certificate_key ${key};`);
  config = substitute(
    config,
    'proxy_pass http://127.0.0.1:8080;',
    `proxy_pass http://127.0.0.1:${ports.app};`,
  );
  return substitute(config, 'https://$host$request_uri', `https://$host:${ports.https}$request_uri`);
}

export type RunningNginx = { child: ChildProcess; dir: string; log: () => string };

/**
 * Debian's nginx in the foreground (a child we kill), with its own prefix, pid file, logs, temp paths and a
 * fresh self-signed certificate for `localhost`, all in a temp dir.
 */
export async function startNginx(ports: NginxPorts): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-nginx-'));
  const [certificate, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  );
  for (const name of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, name));
  const config = `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
${process.getuid?.() === 0 ? 'user root root;' : ''}
events { worker_connections 256; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${readmeNginxConfig(ports, certificate, key)}
}
`;
  writeFileSync(join(dir, 'nginx.conf'), config);
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const log = () =>
    `${output}${existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${log()}`);
    if (existsSync(join(dir, 'nginx.pid'))) return { child, dir, log };
    await new Promise((done) => setTimeout(done, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not start:\n${log()}`);
}

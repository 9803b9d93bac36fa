import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** The project this test runs in; its installed node_modules are reused by every copy. */
export const ROOT = resolve('.');

/**
 * A clean checkout of the working copy in `dir`: every file git tracks or would track (so an
 * uncommitted change is tested too), and nothing git ignores (no .output, .wxt, test results).
 */
export function cleanCopy(dir: string): string {
  let listed: string;
  try {
    listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    throw new Error(`the reproducible-build test copies the sources git knows of, and needs a git checkout with git installed (${String(error)})`);
  }
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = join(ROOT, file);
    if (!existsSync(from)) continue; // deleted, not yet committed
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(from, join(dir, file));
  }
  return dir;
}

/**
 * What `npm ci` would install, without installing it again (that costs minutes on CI): a link
 * to this project's node_modules, installed from the same package-lock.json. The reviewers'
 * instructions (REVIEWERS.md) say `npm ci`, and the test checks the lock files are the same.
 */
export function linkNodeModules(dir: string): void {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Run a command as a person would in a terminal: no test-runner variables (Vitest sets
 * NODE_ENV=test, which changes what a build does), only what finds the tools.
 */
export function run(dir: string, command: string, args: string[]): void {
  const env = { PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? dir, TMPDIR: process.env.TMPDIR ?? '/tmp' };
  try {
    execFileSync(command, args, { cwd: dir, env, stdio: 'pipe' });
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${dir}:\n${stderr?.toString() ?? ''}${stdout?.toString().slice(-2000) ?? ''}`);
  }
}

/** Every file under a folder, relative path → bytes. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The names whose bytes differ, or that only one side has. */
export function differences(left: Map<string, Buffer>, right: Map<string, Buffer>): string[] {
  const names = [...new Set([...left.keys(), ...right.keys()])].sort();
  return names.filter((name) => !left.get(name)?.equals(right.get(name) ?? Buffer.alloc(0)) || !right.has(name));
}

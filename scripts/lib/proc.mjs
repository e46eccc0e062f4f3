// Child processes: one-shot commands and long-lived servers in their own process group, so that
// stopping a server also stops everything it spawned (extension hosts, file watchers, ptys).
import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** A copy of the environment without the variables an outer `npm run` sets, so nested npm/node runs are not steered by them. */
export function cleanEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE' || key === 'NODE_OPTIONS') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Runs a command to completion with inherited output; resolves with the exit code (never rejects
 * on a non-zero code, the caller decides). stdin is closed so nothing can wait for an answer.
 */
export async function run(command, args, options = {}) {
  return (await runGroup(command, args, options, 'inherit')).code;
}

/**
 * As `run`, but the output (stdout and stderr, in the order written) is collected instead of
 * shown: for a suite that runs beside another, whose lines would otherwise interleave with its.
 * @returns {Promise<{ code: number, output: string }>}
 */
export async function runCollected(command, args, options = {}) {
  return runGroup(command, args, options, 'pipe');
}

async function runGroup(command, args, options, stdio) {
  installCleanup();
  // Its own process group, so that a signal to this process alone (`kill <pid>`, not only a
  // terminal's Ctrl+C) reaches all of it: mocha's bin runs the suite in a second node process.
  const child = spawn(command, args, { stdio: ['ignore', stdio, stdio], detached: true, ...options });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  if (child.pid) liveChildren.add(child.pid);
  try {
    // 'close' once the pipes are drained too, so no last line is lost.
    const [code, signal] = await once(child, stdio === 'pipe' ? 'close' : 'exit');
    return { code: code ?? (signal ? 128 : 1), output };
  } finally {
    liveChildren.delete(child.pid);
  }
}

/** Runs a command and collects its output. */
export async function capture(command, args, options = {}) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  return { code: code ?? 1, stdout, stderr };
}

/** Process groups we started and have not stopped yet: stopped if this process is interrupted. */
const liveGroups = new Set();
/** Groups of one-shot commands still running (a mocha suite, which stops its own servers). */
const liveChildren = new Set();
let cleanupInstalled = false;

/** How this process leaves on SIGINT/SIGTERM/SIGHUP once its groups are stopped (npm start: 0). */
export const onSignal = { exitCode: undefined, message: undefined, received: false };

function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  // A detached group does not get the terminal's Ctrl+C: stop our groups, then leave.
  const exitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const [signal, code] of Object.entries(exitCodes)) {
    process.once(signal, () => {
      onSignal.received = true;
      console.error(`\n${signal}: stopping ${liveGroups.size} server process group(s) ...`);
      // A suite gets longer to stop the servers it started itself (the e2e hooks stop code-server).
      const stopping = [...[...liveChildren].map((pid) => stopGroup(pid, 15_000)), ...[...liveGroups].map((pid) => killGroup(pid))];
      void Promise.all(stopping).finally(() => {
        if (onSignal.message) console.error(onSignal.message);
        process.exit(onSignal.exitCode ?? code);
      });
    });
  }
  // Last resort when the process ends some other way (uncaught error, process.exit).
  process.once('exit', () => {
    for (const pid of liveGroups) {
      try {
        process.kill(-pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  });
}

/** Starts a long-lived process as the leader of a new process group. */
export function spawnGroup(command, args, options = {}) {
  installCleanup();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  // Kept on the list after the leader exits: its children may live on until killGroup.
  if (child.pid) liveGroups.add(child.pid);
  return child;
}

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a whole process group: SIGTERM, then SIGKILL for whatever is left after the grace period.
 * Resolves once no process of the group remains.
 */
export async function killGroup(pid, graceMs = 5000) {
  if (!pid) return;
  try {
    await stopGroup(pid, graceMs);
  } finally {
    liveGroups.delete(pid);
  }
}

async function stopGroup(pid, graceMs) {
  if (!groupAlive(pid)) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await delayPoll();
  if (groupAlive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    const hardDeadline = Date.now() + 5000;
    while (groupAlive(pid) && Date.now() < hardDeadline) await delayPoll();
  }
}

/** One polling step while waiting on a condition that has no event to wait on (a process group ending). */
function delayPoll() {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

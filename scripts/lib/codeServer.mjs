// Starts code-server (VS Code 1.139 in the browser) on 127.0.0.1 with all of its state in one
// scratch folder, optionally with our .vsix installed, and stops it with its whole process group.
import { createWriteStream, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { URLSearchParams } from 'node:url';
import { capture, killGroup, spawnGroup } from './proc.mjs';
import { codeServerEntry, node24Bin } from './paths.mjs';

/** Settings that keep start-up quiet: no welcome page, trust prompt, telemetry or update checks. */
export const quietSettings = {
  'workbench.startupEditor': 'none',
  // The extension opens its walkthrough once after install unless this is off; tests open it themselves.
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'git.enabled': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/**
 * What the test suites add: no animation and no blinking cursor. Both only repaint the page, and
 * on 2 cores a repaint is CPU the tests wait for (the suites run side by side). Not for `npm start`:
 * a person trying the extension sees VS Code as it comes.
 */
export const stillSettings = {
  'workbench.reduceMotion': 'on',
  'editor.cursorBlinking': 'solid',
};

/** Where code-server keeps things inside a scratch folder. */
export function codeServerDirs(dir) {
  return {
    dir,
    userDataDir: join(dir, 'user'),
    extensionsDir: join(dir, 'extensions'),
    settingsFile: join(dir, 'user', 'User', 'settings.json'),
    machineSettingsFile: join(dir, 'user', 'Machine', 'settings.json'),
    logFile: join(dir, 'code-server.log'),
    home: join(dir, 'home'),
  };
}

/** HOME and XDG dirs inside the scratch folder, so nothing is written under the real home. */
function codeServerEnv(dirs, extraEnv) {
  return {
    ...process.env,
    HOME: dirs.home,
    XDG_CONFIG_HOME: join(dirs.home, '.config'),
    XDG_DATA_HOME: join(dirs.home, '.local', 'share'),
    XDG_CACHE_HOME: join(dirs.home, '.cache'),
    // No extension gallery: there is no internet here, and the open-vsx queries only add noise.
    EXTENSIONS_GALLERY: process.env.EXTENSIONS_GALLERY ?? '{}',
    ...extraEnv,
  };
}

/** Merges settings into the user's settings.json (code-server applies changes to it live). */
export function writeUserSettings(dir, settings) {
  // The extension host of a code-server window is a remote one: it reads machine-scoped settings
  // (such as workbench.welcomePage.walkthroughs.openOnInstall) from the Machine file, not User.
  const { settingsFile, machineSettingsFile } = codeServerDirs(dir);
  for (const file of [settingsFile, machineSettingsFile]) {
    mkdirSync(join(file, '..'), { recursive: true });
    const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    writeFileSync(file, `${JSON.stringify({ ...current, ...settings }, null, 2)}\n`);
  }
}

async function installVsix(dirs, vsix, env) {
  const args = [codeServerEntry, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
  const result = await capture(node24Bin, [...args, '--force', '--install-extension', vsix], { env });
  if (result.code !== 0 || /failed|error/i.test(result.stderr)) {
    throw new Error(`code-server --install-extension ${vsix} failed:\n${result.stdout}${result.stderr}`);
  }
}

/**
 * @param {{
 *   dir: string,                      // scratch folder for all of its state (kept as given)
 *   workspace: string,                // folder opened in the workbench
 *   port?: number,                    // 0 or undefined: a free port chosen by the OS
 *   vsix?: string,                    // install this .vsix first
 *   settings?: Record<string, unknown>,
 *   env?: Record<string, string>,     // environment of the server, inherited by extension hosts
 *   smokeTestDriver?: boolean,        // enables extensionTestsPath payloads (and hides toasts/dialogs)
 *   extraArgs?: string[],
 *   onOutput?: (line: string) => void,
 *   startTimeoutMs?: number,
 * }} options
 */
export async function startCodeServer(options) {
  const dirs = codeServerDirs(options.dir);
  for (const folder of [dirs.userDataDir, dirs.extensionsDir, dirs.home, options.workspace]) {
    mkdirSync(folder, { recursive: true });
  }
  writeUserSettings(options.dir, { ...quietSettings, ...(options.settings ?? {}) });
  const env = codeServerEnv(dirs, options.env ?? {});
  if (options.vsix) await installVsix(dirs, options.vsix, env);

  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--config', join(options.dir, 'config.yaml'),
    '--user-data-dir', dirs.userDataDir,
    '--extensions-dir', dirs.extensionsDir,
  ];
  if (options.smokeTestDriver) args.push('--vscode-option', 'enable-smoke-test-driver');
  args.push(...(options.extraArgs ?? []));
  args.push(options.workspace);

  const child = spawnGroup(node24Bin, args, { env, cwd: options.dir });
  const log = createWriteStream(dirs.logFile, { flags: 'a' });
  let exited = false;
  let exitCode = null;
  child.once('exit', (code, signal) => {
    exited = true;
    exitCode = code ?? signal;
  });

  const url = await new Promise((resolve, reject) => {
    let buffered = '';
    let settled = false;
    const timer = setTimeout(
      () => fail(`code-server did not report its address within ${(options.startTimeoutMs ?? 60000) / 1000} s`),
      options.startTimeoutMs ?? 60000,
    );
    function fail(message) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void killGroup(child.pid).finally(() => reject(new Error(`${message}\n--- ${dirs.logFile} ---\n${buffered.slice(-4000)}`)));
    }
    const onData = (chunk) => {
      const text = chunk.toString();
      log.write(text);
      buffered += text;
      for (const line of text.split('\n')) if (line.trim() && options.onOutput) options.onOutput(line);
      const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(buffered);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => fail(`code-server exited early (${exitCode})`));
  });

  await waitForHealth(url, () => exited);
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    ...dirs,
    process: child,
    /** URL that opens the workspace folder, with extra query parameters. */
    workbenchUrl(query = {}) {
      const params = new URLSearchParams({ folder: options.workspace, ...query });
      return `${url}/?${params.toString()}`;
    },
    async stop() {
      await killGroup(child.pid);
      log.end();
    },
  };
}

async function waitForHealth(url, hasExited) {
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited before answering /healthz');
    try {
      const response = await globalThis.fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url}/healthz did not answer within 30 s`);
}

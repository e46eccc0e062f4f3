// package.json is static, the state rules live in src/model/states.ts: these tests keep the two
// in step (a state that gains an action must gain its menu entry, and the other way round).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { numberContextValue } from '../../src/model/tree/presentation';
import { STATE_ORDER, canApply, type NumberAction } from '../../src/model/states';
import { USER_ONLY_SETTINGS } from '../../src/model/settings';

interface MenuEntry {
  command: string;
  when?: string;
  group?: string;
}

const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    commands: Array<{ command: string; title: string; category?: string }>;
    menus: Record<string, MenuEntry[]>;
    configuration: { properties: Record<string, { scope?: string; default?: unknown }> };
    views: Record<string, Array<{ id: string; name: string }>>;
    viewsContainers: { activitybar: Array<{ id: string; title: string }> };
    viewsWelcome: Array<{ view: string; contents: string; when?: string }>;
    walkthroughs: Array<{ id: string; title: string; steps: Array<{ id: string; description: string; media: Record<string, string>; completionEvents: string[] }> }>;
  };
};

/** The context menu's `viewItem =~ /.../` clause of a command, as a RegExp. */
function viewItemPattern(command: string): RegExp {
  const entry = pkg.contributes.menus['view/item/context'].find((m) => m.command === command && !m.group?.startsWith('inline'));
  assert.ok(entry?.when, `${command} has a context menu entry`);
  const match = /viewItem =~ \/(.+?)\/(?: |$)/.exec(entry.when);
  assert.ok(match, `${command}'s when clause matches on viewItem`);
  return new RegExp(match[1]);
}

const ACTION_COMMANDS: Record<NumberAction, string[]> = {
  sendChallenge: ['sinch.sendVoiceChallenge'],
  verifyChallenge: ['sinch.verifyVoiceChallenge'],
  textEnable: ['sinch.textEnable', 'sinch.textEnableTollFree'],
  delete: ['sinch.deleteNumbers'],
};

describe('package.json contributions', () => {
  it('offers each number action exactly in the states where it applies', () => {
    for (const [action, commands] of Object.entries(ACTION_COMMANDS) as Array<[NumberAction, string[]]>) {
      for (const command of commands) {
        const pattern = viewItemPattern(command);
        for (const state of STATE_ORDER) {
          const contextValue = numberContextValue({ phoneNumber: '+12025550134', globalProcessState: state });
          assert.equal(pattern.test(contextValue), canApply(action, state), `${command} on ${state}`);
        }
        assert.equal(pattern.test('qualifiedNumber.busy'), false, `${command} is hidden while a number is busy`);
      }
    }
  });

  it('declares every command with the titles users find in the palette', () => {
    const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
    assert.equal(titles['sinch.signIn'], 'Sinch: Sign In');
    assert.equal(titles['sinch.useSandbox'], 'Sinch: Use Offline Sandbox');
    assert.equal(titles['sinch.refresh'], 'Sinch: Refresh Qualified Numbers');
    assert.equal(titles['sinch.addNumbers'], 'Sinch: Add Numbers to Qualify');
    assert.equal(titles['sinch.deleteNumbers'], 'Sinch: Delete Qualified Numbers');
    assert.equal(titles['sinch.textEnableTollFree'], 'Sinch: Text Enable Toll-Free Numbers');
    assert.equal(titles['sinch.getStarted'], 'Sinch: Get Started');
    assert.ok(pkg.contributes.commands.every((c) => c.category === 'Sinch'));
  });

  it('hides node-only commands from the palette', () => {
    assert.deepEqual(pkg.contributes.menus.commandPalette.find((m) => m.command === 'sinch.loadMore'), { command: 'sinch.loadMore', when: 'false' });
    assert.deepEqual(pkg.contributes.menus.commandPalette.find((m) => m.command === 'sinch.showInSinch'), { command: 'sinch.showInSinch', when: 'false' });
  });

  it('keeps the settings that receive credentials out of a workspace\'s reach', () => {
    const props = pkg.contributes.configuration.properties;
    for (const key of ['sinch.apiBaseUrl', 'sinch.authBaseUrl']) assert.ok(['application', 'machine'].includes(props[key].scope ?? ''), key);
    // Every setting the code reads as user-only is declared so, and the list holds the connection switch.
    assert.ok(USER_ONLY_SETTINGS.includes('sandbox.autoStart'));
    for (const key of USER_ONLY_SETTINGS) assert.ok(['application', 'machine'].includes(props[`sinch.${key}`]?.scope ?? ''), `sinch.${key} can be set by a workspace`);
    assert.equal(props['sinch.authMethod'].default, 'oauth2');
    assert.equal(props['sinch.sandbox.autoStart'].default, false);
  });

  it('names the container "Sinch" and its views "Qualified Numbers" and "Hosting Orders", with sign-in and sandbox buttons when not connected', () => {
    assert.equal(pkg.contributes.viewsContainers.activitybar[0].title, 'Sinch');
    assert.deepEqual(pkg.contributes.views.sinch.map((v) => [v.id, v.name]), [['sinch.qualifiedNumbers', 'Qualified Numbers'], ['sinch.hostingOrders', 'Hosting Orders'], ['sinch.callbacks', 'Callbacks']]);
    const welcome = pkg.contributes.viewsWelcome.find((w) => w.when === '!sinch.connected && !sinch.connecting');
    assert.match(welcome?.contents ?? '', /\[Sign In\]\(command:sinch\.signIn\)/);
    assert.match(welcome?.contents ?? '', /\[Use Offline Sandbox\]\(command:sinch\.useSandbox\)/);
  });

  it('declares the hosting order commands and settings with the titles and defaults of issue 10', () => {
    const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
    assert.deepEqual(
      ['sinch.openHostingOrder', 'sinch.showHostingOrderDetails', 'sinch.copyHostingOrderId', 'sinch.forgetHostingOrder', 'sinch.refreshHostingOrders', 'sinch.copySandboxUrl'].map((id) => titles[id]),
      ['Sinch: Open Hosting Order', 'Sinch: Show Hosting Order Details', 'Sinch: Copy Hosting Order ID', 'Sinch: Forget Hosting Order', 'Sinch: Refresh Hosting Orders', 'Sinch: Copy Sandbox URL'],
    );
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['sinch.notifyOnStateChange'].default, 'all');
    assert.equal(props['sinch.sandbox.port'].default, 0);
    const inline = pkg.contributes.menus['view/item/context'].find((m) => m.command === 'sinch.forgetHostingOrder' && m.group?.startsWith('inline'));
    assert.match(inline?.when ?? '', /viewItem == hostingOrder\.notFound/, 'a 404 order offers Forget inline');
  });

  it('contributes the callback inspector\'s commands and settings, forwardTo out of a workspace\'s reach', () => {
    const titles = Object.fromEntries(pkg.contributes.commands.map((c) => [c.command, `${c.category}: ${c.title}`]));
    const expected: Record<string, string> = {
      'sinch.startCallbackListener': 'Start Callback Listener',
      'sinch.stopCallbackListener': 'Stop Callback Listener',
      'sinch.copyCallbackUrl': 'Copy Callback URL',
      'sinch.setCallbackSecret': 'Set Callback Secret',
      'sinch.replayCallback': 'Replay Callback',
      'sinch.clearCallbacks': 'Clear Callbacks',
      'sinch.exportCallbacks': 'Export Callbacks',
      'sinch.sendTestCallback': 'Send Test Callback',
      'sinch.showCallback': 'Show Callback',
    };
    for (const [id, title] of Object.entries(expected)) assert.equal(titles[id], `Sinch: ${title}`, id);
    const props = pkg.contributes.configuration.properties;
    assert.equal(props['sinch.callbacks.port'].default, 0);
    assert.ok(['application', 'machine'].includes(props['sinch.callbacks.forwardTo'].scope ?? ''));
  });

  it('does not activate on "*"', () => {
    assert.ok(!pkg.activationEvents.includes('*'));
  });

  it('offers "Add Numbers to Qualify" in the editor menu only while the selection holds numbers', () => {
    assert.deepEqual(
      pkg.contributes.menus['editor/context'].filter((m) => m.command.startsWith('sinch.')).map((m) => [m.command, m.when]),
      [['sinch.addNumbers', 'editorHasSelection && sinch.selectionHasNumbers']],
    );
  });

  it('turns the hover on by default', () => {
    assert.equal(pkg.contributes.configuration.properties['sinch.hover.enabled'].default, true);
  });

  it('walks a newcomer through five or six steps, each with one action link whose command completes it, and a packaged medium', () => {
    const [walkthrough] = pkg.contributes.walkthroughs;
    assert.equal(walkthrough.title, 'Get Started with Sinch Qualified Numbers');
    assert.ok(walkthrough.steps.length >= 5 && walkthrough.steps.length <= 6);
    for (const step of walkthrough.steps) {
      assert.equal([...step.description.matchAll(/\]\(command:/g)].length, 1, `${step.id}: one action link`);
      assert.ok(step.completionEvents.length >= 1, `${step.id}: a completion event`);
      // Running the step's own action completes it, whatever is on screen already: an onView
      // event alone never came when the view was visible before the button was clicked.
      const action = /\]\(command:([\w.]+)\)/.exec(step.description)?.[1];
      assert.ok(step.completionEvents.includes(`onCommand:${action}`), `${step.id}: running ${action} completes it (onCommand:${action})`);
      const medium = step.media.svg ?? step.media.markdown;
      assert.ok(medium?.startsWith('media/walkthrough/'), `${step.id}: medium under media/ (in the .vsix)`);
      // Theme-aware: colours come from the theme, with a fallback for other hosts.
      const svg = readFileSync(join(__dirname, '../..', medium), 'utf8');
      assert.ok(!/<style|class=/.test(svg), `${step.id}: no <style> (the walkthrough's CSP drops it)`);
      assert.ok((svg.match(/fill="#/g) ?? []).length === 0, `${step.id}: no fixed fill colour`);
      assert.match(svg, /var\(--vscode-/);
    }
  });
});

// Hostile text in the real UI (code-server + Chromium, the packaged .vsix, the built-in sandbox):
// HTML and script typed into names stay text in the form and in the request preview, and run
// nothing; a name is cut at its limit and an incomplete form sends nothing; an entry shaped like a VS Code
// command link is shown as plain text in the notification, not as a link that runs a command; a
// server text with theme icon syntax shows as that text in tooltips, not as icons.
import * as assert from 'assert';
import type { FrameLocator, Locator } from 'playwright-core';
import type { ListQualifiedNumbersResponse } from '../../src/api/types';
import { formatNanp } from '../../src/model/phone';
import { stateInfo } from '../../src/model/states';
import { eventually, openForm, sandbox, sharedWorkbench } from './support';

const UI_TIMEOUT = 20000;
const FORM_TITLE = 'Text Enable Numbers';
const IMG = '<img src=x class=injected onerror="document.body.dataset.pwned=1">';
const SCRIPT = '<script>document.body.dataset.pwned=2</script>';
const CLOSE_AND_SVG = '"></code><svg class=injected onload="document.body.dataset.pwned=3">';
/** Theme icon syntax as a server may send it: VS Code draws `$(name)` as an icon in Markdown tooltips. */
const ICONS = '$(alert) $(sync~spin)';
/** One entry (no spaces, under 40 characters) whose echo would be a complete link to a command. */
const LINK = '[2025550134](command:sinch.showLog)';

function field(form: FrameLocator, name: string) {
  // Toolkit fields keep their <input>/<textarea> in an open shadow root; Playwright's CSS pierces it.
  return form.locator(`[data-field="${name}"] input, [data-field="${name}"] textarea, input[data-field="${name}"]`).first();
}


async function textEnablePosts(): Promise<number> {
  return (await sandbox.requests()).filter((r) => r.method === 'POST' && r.path.includes(':textEnable')).length;
}

describe('Reliability: hostile text in the UI', function () {
  this.timeout(180000);
  // One window for the file, connected to the sandbox and reset as each test starts (sharedWorkbench.ts).
  const connected = sharedWorkbench();

  it('shows HTML and script typed into names as text in the form and its preview, runs none of it, and takes no name over its limit', async () => {
    const wb = await connected();
    const form = await openForm(wb, FORM_TITLE);

    const values: Record<string, string> = { displayName: IMG, firstName: SCRIPT, lastName: CLOSE_AND_SVG, street: `${IMG}${SCRIPT}` };
    for (const [name, value] of Object.entries(values)) {
      await field(form, name).fill(value);
      await field(form, name).press('Tab');
    }
    // The preview is the request body, as text: every payload comes back verbatim (the preview
    // follows the typing a moment later, so wait until it shows the last field typed).
    type Body = { displayName?: string; directLoaInfo?: { authorisedPerson?: { firstName?: string; lastName?: string }; address?: { street?: string } } };
    const body = await eventually(async () => {
      const parsed = JSON.parse((await form.locator('#preview-json').textContent()) || '{}') as Body;
      return parsed.directLoaInfo?.address?.street === `${IMG}${SCRIPT}` ? parsed : undefined;
    }, { timeout: UI_TIMEOUT, message: 'the preview to show the typed names' });
    assert.strictEqual(body.displayName, IMG);
    assert.strictEqual(body.directLoaInfo?.authorisedPerson?.firstName, SCRIPT);
    assert.strictEqual(body.directLoaInfo?.authorisedPerson?.lastName, CLOSE_AND_SVG);
    for (const [name, value] of Object.entries(values)) assert.strictEqual(await field(form, name).inputValue(), value, `${name} as typed`);
    // Nothing became an element, and nothing ran.
    assert.strictEqual(await form.locator('.injected').count(), 0, 'a payload became an element');
    assert.strictEqual(await form.locator('body[data-pwned]').count(), 0, 'a payload ran');
    assert.strictEqual(await form.locator('#preview-json *').count(), 0, 'the preview holds elements, not text');

    // One character over the limit: the field takes no more than the limit, and the preview agrees.
    await field(form, 'displayName').fill('x'.repeat(101));
    await field(form, 'displayName').press('Tab');
    assert.strictEqual(await field(form, 'displayName').inputValue(), 'x'.repeat(100));
    await eventually(async () => ((await form.locator('#preview-json').textContent()) ?? '').includes(`"displayName": "${'x'.repeat(100)}"`), { timeout: UI_TIMEOUT, message: 'the preview to show the name cut at 100' });
    // The form is incomplete (no numbers, no e-mail): Submit refuses and nothing reaches the API.
    await form.locator('#submit').click();
    await form.locator('#banner').filter({ hasText: /Not sent/ }).waitFor({ timeout: UI_TIMEOUT });
    assert.strictEqual(await textEnablePosts(), 0, 'an invalid form reached the API');
  });

  it('shows a pasted entry shaped like a command link as plain text in the notification', async () => {
    const wb = await connected();
    await wb.runCommand('Sinch: Add Numbers to Qualify');
    await wb.waitForQuickInput('Where are the numbers?');
    await wb.pickQuickItem(/Paste or type numbers/);
    await wb.waitForQuickInput(/Add Numbers to Qualify/);
    await wb.fillQuickInput(LINK);
    const toast = await wb.waitForNotification(/No valid US\/CA numbers to add/);
    const message = toast.locator('.notification-list-item-message');
    assert.match((await message.textContent()) ?? '', /\[2025550134\] \(command:sinch\.showLog\): contains "\["/);
    assert.strictEqual(await message.locator('a').count(), 0, 'the entry became a link');
  });

  it('shows theme icon syntax from the server as text in tooltips: the hosting error of a number, and the error node', async () => {
    const wb = await connected();
    // A hosting order the sandbox rejects at review: the number's hosting error quotes the campaign ID.
    const verified = await sandbox.api<ListQualifiedNumbersResponse>('GET', '/qualifiedNumbers?states=GLOBAL_PROCESS_STATE_VERIFIED&pageSize=100');
    const phone = verified.qualifiedNumbers.map((n) => n.phoneNumber).find((p) => !/^\+18(00|33|44|55|66|77|88)/.test(p));
    assert.ok(phone, 'the sandbox has a verified standard number');
    const directLoaInfo = {
      authorisedPerson: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
      address: { buildingNumber: '1', street: 'Main Street', city: 'New York', state: 'NY', postalCode: '10001', country: 'US' },
      currentVoiceCarrier: 'Verizon',
    };
    const order = { regionCode: 'US', numbers: [phone], servicePlanId: 'a1b2c3d4e5f60718293a4b5c6d7e8f90', campaignId: `REJECT ${ICONS}`, directLoaInfo };
    await sandbox.api('POST', '/qualifiedNumbers:textEnableNumbers', order);
    await sandbox.advanceClock(10);
    const failed = await sandbox.api<{ hostedNumber?: { error?: string } }>('GET', `/qualifiedNumbers/${phone}`);
    assert.ok(failed.hostedNumber?.error?.includes(ICONS), `the hosting error does not quote the campaign: ${JSON.stringify(failed)}`);

    await wb.openSinchView();
    await wb.runCommand('Sinch: Refresh Qualified Numbers');
    await wb.expandTreeItem(stateInfo('GLOBAL_PROCESS_STATE_HOSTING_FAILED').label);
    const numberTooltip = await wb.treeItemTooltip(formatNanp(phone));
    await assertShownAsText(numberTooltip, 'the number tooltip');
    // The state's own icon is still drawn: the tooltip does render theme icons.
    assert.ok((await numberTooltip.locator('.codicon').count()) > 0, 'the tooltip draws no icon at all: the check above proves nothing');
    await wb.screenshot('reliability-tooltip-icons-as-text', numberTooltip);

    // A server error with the same text: the error node's tooltip and description.
    await sandbox.scriptFaults([{ kind: 'status', status: 400, pathPrefix: '/v1/', message: `Refused ${ICONS}`, times: 40 }]);
    await wb.runCommand('Sinch: Refresh Qualified Numbers');
    await wb.waitForNotification(/Refreshing failed/);
    await sandbox.clearFaults();
    const errorRow = await wb.waitForTreeItem('Failed to load - show log');
    assert.strictEqual(await errorRow.locator('.codicon-alert, .codicon-sync').count(), 0, 'the description draws an icon');
    await assertShownAsText(await wb.treeItemTooltip('Failed to load - show log'), 'the error node tooltip');
  });
});

/** The tooltip shows the server's `$(alert) $(sync~spin)` as those characters, and draws neither icon. */
async function assertShownAsText(tooltip: Locator, what: string): Promise<void> {
  const text = (await tooltip.textContent()) ?? '';
  assert.ok(text.includes(ICONS), `${what} does not show "${ICONS}" as text: ${text}`);
  assert.strictEqual(await tooltip.locator('.codicon-alert, .codicon-sync').count(), 0, `${what} draws the server's icon`);
}

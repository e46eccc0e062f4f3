import * as assert from 'node:assert/strict';
import { OPEN_PORT_SETTING, PORT_TAKEN_CHOICES, portTakenAction, portTakenMessage, portTakenRefusal, USE_FREE_PORT } from '../../../../src/model/callbacks/portTaken';

describe('callback port taken: the offer', () => {
  it('names the port, the setting and the likely owner, and asks about a free port', () => {
    const message = portTakenMessage(8123);
    assert.equal(message, 'The callback listener cannot use port 8123 (sinch.callbacks.port): another VS Code window\'s listener or another program is using it. Listen on a free port in this window instead? Orders that call back port 8123 reach the other listener.');
  });

  it('offers exactly a free port and the setting, in that order', () => {
    assert.deepEqual([...PORT_TAKEN_CHOICES], ['Use a Free Port', 'Open Setting']);
  });

  it('maps each button to its action; a closed notification or anything else does nothing', () => {
    assert.equal(portTakenAction(USE_FREE_PORT), 'useFreePort');
    assert.equal(portTakenAction(OPEN_PORT_SETTING), 'openSetting');
    assert.equal(portTakenAction(undefined), 'none');
    assert.equal(portTakenAction('use a free port'), 'none');
    assert.equal(portTakenAction(''), 'none');
  });

  it('the refusal says what to do next', () => {
    assert.equal(portTakenRefusal(8123), 'The callback listener did not start: port 8123 is in use. Choose another port in sinch.callbacks.port (0 = any free port), or start the listener again and pick "Use a Free Port".');
  });
});

import assert from 'node:assert/strict';
import { sandboxOptionsFromEnv, sandboxProjectUrl } from '../../../src/connection/sandboxOptions';
import { requestLogLine } from '../../../src/connection/requestLog';

describe('built-in sandbox options', () => {
  it('defaults to a free loopback port and a real-time clock', () => {
    assert.deepEqual(sandboxOptionsFromEnv({}), { host: '127.0.0.1', port: 0, clock: 'realtime' });
  });

  it('takes the clock and port from the test environment', () => {
    assert.deepEqual(sandboxOptionsFromEnv({ SINCH_SANDBOX_CLOCK: 'manual', SINCH_SANDBOX_PORT: '41234' }), { host: '127.0.0.1', port: 41234, clock: 'manual' });
  });

  it('takes the port of the sinch.sandbox.port setting, unless the test environment names one', () => {
    assert.equal(sandboxOptionsFromEnv({}, 8080).port, 8080);
    assert.equal(sandboxOptionsFromEnv({ SINCH_SANDBOX_PORT: '41234' }, 8080).port, 41234);
  });

  it('gives the base URL with the project path for the user\'s own code', () => {
    assert.equal(sandboxProjectUrl('http://127.0.0.1:8080'), 'http://127.0.0.1:8080/v1/projects/sandbox-project');
    assert.equal(sandboxProjectUrl('http://127.0.0.1:8080/'), 'http://127.0.0.1:8080/v1/projects/sandbox-project');
  });

  it('starts the clock where the test environment says', () => {
    assert.equal(sandboxOptionsFromEnv({ SINCH_SANDBOX_CLOCK: 'manual', SINCH_SANDBOX_START: '2026-12-02T14:10:00+01:00' }).startTime, '2026-12-02T13:10:00.000Z');
  });

  it('ignores values it cannot use', () => {
    assert.deepEqual(sandboxOptionsFromEnv({ SINCH_SANDBOX_CLOCK: 'fast', SINCH_SANDBOX_PORT: '99999', SINCH_SANDBOX_START: 'yesterday' }), { host: '127.0.0.1', port: 0, clock: 'realtime' });
  });
});

describe('request log lines', () => {
  it('say method, path, status and time, and the attempt when retried', () => {
    assert.equal(requestLogLine({ method: 'GET', path: '/v1/projects/p/qualifiedNumbers?states=X', status: 200, ms: 12.4, attempt: 1 }), 'GET /v1/projects/p/qualifiedNumbers?states=X 200 12 ms');
    assert.equal(requestLogLine({ method: 'POST', path: '/oauth2/token', status: undefined, ms: 30000, attempt: 2, error: 'timed out' }), 'POST /oauth2/token no answer 30000 ms (attempt 2): timed out');
  });
});

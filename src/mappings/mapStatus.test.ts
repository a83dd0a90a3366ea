import { describe, expect, it } from 'vitest';
import { mapStatus } from './mapStatus';

describe('mapStatus', () => {
  it('is ready with a true Ready condition and nothing blocking', () => {
    expect(mapStatus({ status: { conditions: [{ type: 'Ready', status: 'True', category: 'Required' }] } })).toEqual({ ready: true });
  });
  it('reports the first blocking condition', () => {
    const status = mapStatus({
      status: {
        conditions: [
          { type: 'Ready', status: 'True' },
          { type: 'SourceNetworkNotValid', status: 'True', category: 'Critical', message: 'Source network not found.' },
        ],
      },
    });
    expect(status).toEqual({ ready: false, message: 'Source network not found.' });
  });
  it('is not ready before the controller has looked at it', () => {
    expect(mapStatus({})).toEqual({ ready: false });
  });
});

import { describe, expect, it } from 'vitest';
import { cookieValue, normalizeHeaders } from './requestHeaders';

describe('console request headers for the worker', () => {
  it('reads the CSRF cookie', () => {
    expect(cookieValue('a=1; csrf-token=abc%3D; b=2', 'csrf-token')).toBe('abc%3D');
    expect(cookieValue('a=1', 'csrf-token')).toBeUndefined();
  });

  it('turns impersonation groups into one header value and drops empty ones', () => {
    expect(normalizeHeaders({ 'Impersonate-User': 'alice', 'Impersonate-Group': ['g1', 'g2'], 'X-CSRFToken': undefined })).toEqual({
      'Impersonate-User': 'alice',
      'Impersonate-Group': 'g1, g2',
    });
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { answerApi, currentLocation, renderApp } from '../test/render';
import { storedKey } from './key-store';

describe('signing in with an API key', () => {
  it('sends a person to sign in first, then back to the page they asked for, with the key kept in the tab', async () => {
    answerApi({
      '/v1/api-keys/current': () => ({ body: { keyId: '0123456789ab', role: 'bureau', bureauCode: 'PBOT' } }),
      '/v1/organizations': () => ({ body: { items: [], nextCursor: null } }),
      '/v1/engagements': () => ({ body: { items: [], nextCursor: null, total: 0 } }),
    });
    renderApp('/engagements?status=held');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(document.title).toBe('Sign in | Civic engagement staff');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('API key'), 'civic_0123456789ab_secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(currentLocation()).toBe('/engagements?status=held'));
    expect(storedKey()).toBe('civic_0123456789ab_secret');
    expect(await screen.findByText('Signed in as PBOT bureau staff')).toBeTruthy();
  });

  it('says plainly when the key is refused, and keeps nothing', async () => {
    answerApi({ '/v1/api-keys/current': () => ({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'unknown API key' } }) });
    renderApp('/sign-in');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('API key'), 'civic_wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That key was not accepted');
    expect(storedKey()).toBeNull();
  });
});

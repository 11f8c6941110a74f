import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { answerApi, COORDINATOR_SESSION, currentLocation, renderApp } from '../test/render';

describe('signing in', () => {
  it('sends a person without a session to sign in, with a link to the provider that comes back to the page they asked for', async () => {
    answerApi({ '/v1/session': () => ({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'You are not signed in.' } }) });
    renderApp('/engagements?status=held');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    await waitFor(() => expect([document.title, currentLocation()]).toEqual(['Sign in | Civic engagement staff', '/sign-in']));
    const link = screen.getByRole('link', { name: 'Sign in with your city account' });
    expect(link.getAttribute('href')).toBe(`/auth/sign-in?returnTo=${encodeURIComponent('/engagements?status=held')}`);
  });

  it('shows who is signed in, and repeats the session’s CSRF token on a change', async () => {
    const asked: Request[] = [];
    answerApi({
      '/v1/session': () => ({ body: { ...COORDINATOR_SESSION, role: 'bureau', bureauCode: 'PBOT', displayName: 'Jordan Lee' } }),
      '/v1/organizations': () => ({ body: { items: [], nextCursor: null } }),
      '/v1/engagements': () => ({ body: { items: [], nextCursor: null, total: 0 } }),
      '/auth/sign-out': () => ({ body: { redirectTo: '/' } }),
    }, asked);
    renderApp('/engagements');
    expect(await screen.findByText('Signed in as Jordan Lee, PBOT bureau staff')).toBeTruthy();
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, origin: window.location.origin });
    await userEvent.setup().click(screen.getAllByRole('button', { name: 'Sign out' })[0]);
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/'));
    const signOut = asked.find((r) => r.url.endsWith('/auth/sign-out'))!;
    expect([signOut.method, signOut.headers.get('x-csrf-token')]).toEqual(['POST', 'csrf-of-the-session']);
    expect(asked.filter((r) => r.method === 'GET').every((r) => !r.headers.has('x-csrf-token'))).toBe(true);
  });
});

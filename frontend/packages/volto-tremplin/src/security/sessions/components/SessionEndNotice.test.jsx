import { screen } from '@testing-library/react';
import { renderInLanguage } from '../../../testing/intl';
import SessionEndNotice from './SessionEndNotice';

const renderAt = (path) =>
  renderInLanguage(<SessionEndNotice />, { language: 'en', path });

describe('SessionEndNotice', () => {
  it('says the member was signed out after N minutes of inactivity', () => {
    renderAt('/en/login?reason=idle&minutes=30&return_url=%2Fen');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You were signed out after 30 minutes of inactivity.',
    );
  });

  it('says so without a duration', () => {
    renderAt('/en/login?reason=idle');
    expect(screen.getByRole('status')).toHaveTextContent(
      'You were signed out after a period of inactivity.',
    );
  });

  it('says the session has ended', () => {
    renderAt('/en/login?reason=expired');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has ended. Sign in again to continue.',
    );
  });

  it('says nothing on a plain login page', () => {
    renderAt('/en/login?reason=<b>x</b>');
    expect(screen.queryByRole('status')).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import { withSkipTarget, withSkipTargets } from './skipTarget';

const LoginPage = ({ heading }) => <h1>{heading}</h1>;
const VoltoPage = () => null;

describe('withSkipTarget', () => {
  it('renders the page inside the #view target of the skip link', () => {
    const Page = withSkipTarget(LoginPage);
    render(
      <>
        <a href="#view">Aller au contenu principal</a>
        <Page heading="Connexion" />
      </>,
    );

    const target = document.getElementById('view');
    expect(target).toContainElement(
      screen.getByRole('heading', { name: 'Connexion' }),
    );
    // Focusable by the link (and by script), not a tab stop of its own.
    expect(target).toHaveAttribute('tabindex', '-1');
    expect(Page.displayName).toBe('withSkipTarget(LoginPage)');
  });
});

describe('withSkipTargets', () => {
  it('wraps the routes added since, leaves the earlier ones alone', () => {
    const earlier = { path: '/other', component: VoltoPage };
    const added = { path: '/login', component: LoginPage, exact: true };
    const redirect = { path: '/old', render: () => null };

    const routes = withSkipTargets([earlier, added, redirect], [earlier]);

    expect(routes[0]).toBe(earlier);
    expect(routes[1]).toMatchObject({ path: '/login', exact: true });
    expect(routes[1].component.displayName).toBe('withSkipTarget(LoginPage)');
    expect(routes[2]).toBe(redirect);
  });
});

import PropTypes from 'prop-types';
import { Container } from 'semantic-ui-react';
import LoginForm from './LoginForm';

/**
 * The /login page (and /fr/login, /en/login, …/page/login): replaces
 * Volto's Login, which knows neither the CAPTCHA nor the second step.
 */
const LoginPage = ({ location }) => (
  <Container id="page-login" className="view-wrapper">
    <LoginForm location={location} />
  </Container>
);

LoginPage.propTypes = {
  location: PropTypes.shape({
    pathname: PropTypes.string,
    search: PropTypes.string,
  }),
};

export default LoginPage;

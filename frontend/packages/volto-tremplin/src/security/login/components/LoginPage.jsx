import { useEffect } from 'react';
import PropTypes from 'prop-types';
import { useDispatch } from 'react-redux';
import { Container } from 'semantic-ui-react';
import { listLoginOptions } from '../../external/actions';
import LoginForm from './LoginForm';

/**
 * The /login page (and /fr/login, /en/login, …/page/login): replaces
 * Volto's Login, which knows neither the CAPTCHA nor the second step. It
 * asks which external accounts one may log in with (security/external):
 * the password form shows their buttons.
 */
const LoginPage = ({ location }) => {
  const dispatch = useDispatch();
  useEffect(() => {
    dispatch(listLoginOptions()).catch(() => null);
  }, [dispatch]);
  return (
    <Container id="page-login" className="view-wrapper">
      <LoginForm location={location} />
    </Container>
  );
};

LoginPage.propTypes = {
  location: PropTypes.shape({
    pathname: PropTypes.string,
    search: PropTypes.string,
  }),
};

export default LoginPage;

import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { createMyProfile, getMyProfile } from '../actions';
import messages from '../messages';
import {
  fieldErrorsFrom,
  fieldId,
  initialValues,
  placeErrors,
  registrationPayload,
  validateStep,
} from '../registration';
import useRegistrationChoices from '../useRegistrationChoices';
import { Checkbox, ChoiceGroup } from './RegistrationFields';
import { DetailsStep, KindStep, legalNoticePath } from './RegistrationSteps';
import './Registration.scss';
import PageMeta from '../../seo/components/PageMeta';

// The steps of the sign-up wizard this page asks in one form.
const STEPS_ASKED = [1, 2, 3];

/**
 * A signed-in member without a profile (an account made by external login)
 * creates hers: kind, details, consents — the checks of sign-up, on one
 * page. She lands on her new draft profile to complete it.
 */
const ProfileCreationPage = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const isSignedIn = useSelector((state) => !!state.userSession?.token);
  const mine = useSelector((state) => state.myProfile);
  const [values, setValues] = useState(() => initialValues(intl.locale));
  const [errors, setErrors] = useState({});
  const [status, setStatus] = useState('');
  const [isSending, setSending] = useState(false);
  const choices = useRegistrationChoices(values.kind, intl.locale);

  useEffect(() => {
    if (isSignedIn && !mine?.loaded) {
      dispatch(getMyProfile()).catch(() => {});
    }
  }, [dispatch, isSignedIn, mine?.loaded]);

  const onChange = useCallback((name, value) => {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors(({ [name]: fixed, ...others }) => others);
  }, []);

  const showErrors = (found) => {
    setErrors(found);
    setStatus(
      intl.formatMessage(messages.errorsOnStep, {
        count: Object.keys(found).length,
      }),
    );
    const first = document.getElementById(fieldId(Object.keys(found)[0]));
    (first?.tagName === 'FIELDSET'
      ? first.querySelector('input')
      : first
    )?.focus();
  };

  const onSubmit = (event) => {
    event.preventDefault();
    if (isSending) {
      return;
    }
    const problems = Object.assign(
      {},
      ...STEPS_ASKED.map((step) => validateStep(step, values)),
    );
    if (Object.keys(problems).length > 0) {
      showErrors(
        Object.fromEntries(
          Object.keys(problems).map((field) => [
            field,
            intl.formatMessage(
              field.startsWith('consents.')
                ? messages.errorConsent
                : Array.isArray(values[field])
                  ? messages.errorChoose
                  : messages.errorRequired,
            ),
          ]),
        ),
      );
      return;
    }
    const { fullname, email, password, ...payload } = registrationPayload({
      ...values,
      fullname: '',
      email: '',
    });
    setSending(true);
    setStatus(intl.formatMessage(messages.submitting));
    dispatch(createMyProfile(payload))
      .then((profile) => {
        setStatus(intl.formatMessage(messages.createProfileCreated));
        history.push(flattenToAppURL(profile['@id']));
      })
      .catch((error) => {
        setSending(false);
        showErrors(placeErrors(fieldErrorsFrom(error), values.kind).errors);
      });
  };

  const title = intl.formatMessage(messages.createProfileTitle);
  const owned = mine?.items ?? [];
  let body;
  if (!isSignedIn) {
    body = <p>{intl.formatMessage(messages.createProfileSignIn)}</p>;
  } else if (!mine?.loaded) {
    body = <p>{intl.formatMessage(messages.vocabularyLoading)}</p>;
  } else if (owned.length > 0) {
    body = (
      <>
        <p>{intl.formatMessage(messages.createProfileExists)}</p>
        <ul>
          {owned.map((profile) => (
            <li key={profile['@id']}>
              <Link to={flattenToAppURL(profile['@id'])}>
                {intl.formatMessage(messages.createProfileOpen, {
                  title: profile.title,
                })}
              </Link>
            </li>
          ))}
        </ul>
      </>
    );
  } else if (!mine.may_create) {
    body = <p>{intl.formatMessage(messages.createProfileTeam)}</p>;
  } else {
    body = (
      <form className="registration-form" noValidate onSubmit={onSubmit}>
        <p className="registration-help">
          {intl.formatMessage(messages.allRequired)}
        </p>
        <KindStep values={values} errors={errors} onChange={onChange} />
        {values.kind && (
          <DetailsStep
            values={values}
            errors={errors}
            onChange={onChange}
            choicesOf={choices.choicesOf}
            vocabularyProblem={
              (choices.hasFailed &&
                intl.formatMessage(messages.vocabularyError)) ||
              (choices.isLoading &&
                intl.formatMessage(messages.vocabularyLoading)) ||
              undefined
            }
          />
        )}
        <ChoiceGroup
          name="language"
          value={values.language}
          error={errors.language}
          onChange={onChange}
          legend={intl.formatMessage(messages.createProfileLanguage)}
          choices={[
            { token: 'fr', title: intl.formatMessage(messages.languageFr) },
            { token: 'en', title: intl.formatMessage(messages.languageEn) },
          ]}
        />
        <p>
          <a
            href={legalNoticePath(intl.locale)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {intl.formatMessage(messages.legalNotice)}
          </a>
        </p>
        {['consents.terms', 'consents.privacy'].map((name) => (
          <Checkbox
            key={name}
            name={name}
            value={values[name]}
            error={errors[name]}
            onChange={onChange}
            label={intl.formatMessage(
              name === 'consents.terms'
                ? messages.consentTerms
                : messages.consentPrivacy,
            )}
          />
        ))}
        {errors[''] && (
          <p className="registration-error" role="alert">
            {errors['']}
          </p>
        )}
        <div className="registration-actions">
          <button
            type="submit"
            className="ui button primary"
            aria-disabled={isSending || undefined}
          >
            {intl.formatMessage(messages.createProfileSubmit)}
          </button>
        </div>
      </form>
    );
  }
  return (
    <Container id="page-create-profile" className="view-wrapper registration">
      <PageMeta title={title} noindex />
      <h1 className="documentFirstHeading">{title}</h1>
      <p className="documentDescription">
        {intl.formatMessage(messages.createProfileIntro)}
      </p>
      {body}
      <p className="registration-live" role="status" aria-live="polite">
        {status}
      </p>
    </Container>
  );
};

export default ProfileCreationPage;

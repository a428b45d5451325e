/**
 * The four steps of the registration wizard. Each gets the wizard's values,
 * errors ({field: text}) and `onChange(name, value)`; the choices of the
 * details step come from the backend's vocabularies (`choicesOf(field)`).
 */
import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import Captcha from '../../security/captcha/Captcha';
import Honeypot from '../../security/captcha/Honeypot';
import messages from '../messages';
import { PASSWORD_MIN_LENGTH, fieldId } from '../registration';
import {
  Checkbox,
  ChoiceGroup,
  PasswordField,
  SelectField,
  TextField,
} from './RegistrationFields';

const stepProps = {
  values: PropTypes.object.isRequired,
  errors: PropTypes.object.isRequired,
  onChange: PropTypes.func.isRequired,
};

/** The legal notice, which holds the privacy notice, in `language`. */
export const legalNoticePath = (language) =>
  language === 'en' ? '/en/legal-notice' : '/fr/mentions-legales';

export const AccountStep = ({ values, errors, onChange }) => {
  const intl = useIntl();
  const common = (name) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange,
  });
  return (
    <>
      <TextField
        {...common('fullname')}
        label={intl.formatMessage(messages.fullname)}
        autoComplete="name"
      />
      <TextField
        {...common('email')}
        type="email"
        label={intl.formatMessage(messages.email)}
        help={intl.formatMessage(messages.emailHelp)}
        autoComplete="email"
        spellCheck={false}
      />
      <PasswordField
        {...common('password')}
        label={intl.formatMessage(messages.password)}
        help={intl.formatMessage(messages.passwordRules, {
          count: PASSWORD_MIN_LENGTH,
        })}
        strength={{ email: values.email, fullname: values.fullname }}
      />
      <ChoiceGroup
        {...common('language')}
        legend={intl.formatMessage(messages.language)}
        choices={[
          { token: 'fr', title: intl.formatMessage(messages.languageFr) },
          { token: 'en', title: intl.formatMessage(messages.languageEn) },
        ]}
      />
      <Honeypot
        id={fieldId('website')}
        value={values.website || ''}
        onChange={(value) => onChange('website', value)}
      />
    </>
  );
};

AccountStep.propTypes = stepProps;

export const KindStep = ({ values, errors, onChange }) => {
  const intl = useIntl();
  return (
    <ChoiceGroup
      name="kind"
      legend={intl.formatMessage(messages.kindLegend)}
      value={values.kind}
      error={errors.kind}
      onChange={onChange}
      choices={[
        {
          token: 'company',
          title: intl.formatMessage(messages.kindCompany),
          help: intl.formatMessage(messages.kindCompanyHelp),
        },
        {
          token: 'expert',
          title: intl.formatMessage(messages.kindExpert),
          help: intl.formatMessage(messages.kindExpertHelp),
        },
      ]}
    />
  );
};

KindStep.propTypes = stepProps;

const CompanyDetails = ({ field, choicesOf }) => {
  const intl = useIntl();
  const label = (key) => intl.formatMessage(messages[key]);
  return (
    <>
      <TextField
        {...field('company.title')}
        label={label('companyTitle')}
        autoComplete="organization"
      />
      <SelectField
        {...field('company.country')}
        label={label('companyCountry')}
        placeholder={label('chooseCountry')}
        choices={choicesOf('company.country')}
      />
      <TextField
        {...field('company.registration_number')}
        label={label('companyRegistrationNumber')}
        help={label('companyRegistrationNumberHelp')}
      />
      <TextField
        {...field('company.city')}
        label={label('companyCity')}
        autoComplete="address-level2"
      />
      <ChoiceGroup
        {...field('company.sectors')}
        multiple
        legend={label('companySectors')}
        choices={choicesOf('company.sectors')}
      />
      <ChoiceGroup
        {...field('company.size_band')}
        legend={label('companySizeBand')}
        choices={choicesOf('company.size_band')}
      />
      <ChoiceGroup
        {...field('company.experience_level')}
        legend={label('companyExperienceLevel')}
        choices={choicesOf('company.experience_level')}
      />
    </>
  );
};

const ExpertDetails = ({ field, choicesOf }) => {
  const intl = useIntl();
  const label = (key) => intl.formatMessage(messages[key]);
  return (
    <>
      <ChoiceGroup
        {...field('expert.expertise_areas')}
        multiple
        legend={label('expertExpertiseAreas')}
        choices={choicesOf('expert.expertise_areas')}
      />
      <ChoiceGroup
        {...field('expert.countries')}
        multiple
        legend={label('expertCountries')}
        choices={choicesOf('expert.countries')}
      />
      <ChoiceGroup
        {...field('expert.languages')}
        multiple
        legend={label('expertLanguages')}
        choices={choicesOf('expert.languages')}
      />
      <TextField
        {...field('expert.bio')}
        multiline
        label={label('expertBio')}
        help={label('expertBioHelp')}
      />
      <ChoiceGroup
        {...field('expert.availability')}
        legend={label('expertAvailability')}
        choices={choicesOf('expert.availability')}
      />
    </>
  );
};

export const DetailsStep = ({
  values,
  errors,
  onChange,
  choicesOf,
  vocabularyProblem,
}) => {
  const field = (name) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange,
  });
  const Details = values.kind === 'expert' ? ExpertDetails : CompanyDetails;
  return (
    <>
      {vocabularyProblem && (
        <p className="registration-notice">{vocabularyProblem}</p>
      )}
      <Details field={field} choicesOf={choicesOf} />
    </>
  );
};

DetailsStep.propTypes = {
  ...stepProps,
  choicesOf: PropTypes.func.isRequired,
  vocabularyProblem: PropTypes.string,
};

/** What the visitor is about to send, to check before she does. */
const Summary = ({ values, titleOf }) => {
  const intl = useIntl();
  const label = (key) => intl.formatMessage(messages[key]);
  const rows = [
    ['fullname', values.fullname],
    ['email', values.email],
    ['language', label(values.language === 'en' ? 'languageEn' : 'languageFr')],
    [
      'summaryKind',
      label(values.kind === 'expert' ? 'kindExpert' : 'kindCompany'),
    ],
    ...(values.kind === 'expert'
      ? [
          [
            'expertExpertiseAreas',
            values['expert.expertise_areas']
              .map((token) => titleOf('expert.expertise_areas', token))
              .join(', '),
          ],
        ]
      : [
          ['companyTitle', values['company.title']],
          [
            'companyCountry',
            titleOf('company.country', values['company.country']),
          ],
        ]),
  ];
  return (
    <section className="registration-summary" aria-labelledby="summary">
      <h3 id="summary">{label('summary')}</h3>
      <dl>
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{label(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
};

/**
 * The last step, before the submit button: the summary, the consents and
 * the anti-spam check (`captcha`: the wizard's Captcha callbacks).
 */
export const ConsentsStep = ({
  values,
  errors,
  onChange,
  titleOf,
  captcha,
}) => {
  const intl = useIntl();
  const field = (name) => ({
    name,
    value: values[name],
    error: errors[name],
    onChange,
  });
  return (
    <>
      <Summary values={values} titleOf={titleOf} />
      <p>
        <a
          href={legalNoticePath(intl.locale)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {intl.formatMessage(messages.legalNotice)}
        </a>
      </p>
      <Checkbox
        {...field('consents.terms')}
        label={intl.formatMessage(messages.consentTerms)}
      />
      <Checkbox
        {...field('consents.privacy')}
        label={intl.formatMessage(messages.consentPrivacy)}
      />
      {captcha && (
        <Captcha
          id={fieldId('captcha')}
          onChange={captcha.onChange}
          onStateChange={captcha.onStateChange}
          error={errors.captcha}
          resetKey={captcha.resetKey}
        />
      )}
    </>
  );
};

ConsentsStep.propTypes = {
  ...stepProps,
  titleOf: PropTypes.func.isRequired,
  captcha: PropTypes.shape({
    onChange: PropTypes.func.isRequired,
    onStateChange: PropTypes.func,
    resetKey: PropTypes.number,
  }),
};

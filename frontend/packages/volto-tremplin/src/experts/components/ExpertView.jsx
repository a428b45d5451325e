import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import {
  isFilled,
  paragraphsOf,
  termTitle,
  termTitles,
} from '../../companies/fields';
import VerificationPanel from '../../verification/components/VerificationPanel';
import VerifiedBadge from '../../verification/components/VerifiedBadge';
import messages from '../messages';
import './ExpertView.scss';

/** One label/value pair of a definition list, omitted when empty. */
const Field = ({ label, value }) =>
  isFilled(value) ? (
    <div className="expert-field">
      <dt>{label}</dt>
      <dd>
        {Array.isArray(value) ? (
          <ul className="expert-values">
            {value.map((item, index) => (
              <li key={`${item}-${index}`}>{item}</li>
            ))}
          </ul>
        ) : (
          value
        )}
      </dd>
    </div>
  ) : null;

/**
 * The page of one Expert: the "Profil vérifié" badge when verified, the
 * owner's verification file, what she offers and her biography. Texts are
 * rendered as text, never as HTML; empty fields are left out.
 */
const ExpertView = ({ content }) => {
  const intl = useIntl();
  const label = (key) => intl.formatMessage(messages[key]);
  const offer = {
    expertise_areas: termTitles(content.expertise_areas),
    countries: termTitles(content.countries),
    languages: termTitles(content.languages),
    availability: termTitle(content.availability),
    rates_band: termTitle(content.rates_band),
  };
  const bio = paragraphsOf(content.bio);

  return (
    <Container id="page-document" className="view-wrapper expert-view">
      <header className="expert-header">
        <h1 className="documentFirstHeading">{content.title}</h1>
        <VerifiedBadge content={content} />
        {isFilled(content.description) && (
          <p className="documentDescription">{content.description}</p>
        )}
      </header>

      <VerificationPanel content={content} />

      {Object.values(offer).some(isFilled) && (
        <section className="expert-section" aria-labelledby="expert-offer">
          <h2 id="expert-offer">{label('offer')}</h2>
          <dl className="expert-fields">
            {Object.entries(offer).map(([key, value]) => (
              <Field key={key} label={label(key)} value={value} />
            ))}
          </dl>
        </section>
      )}

      {bio.length > 0 && (
        <section className="expert-section" aria-labelledby="expert-bio">
          <h2 id="expert-bio">{label('bio')}</h2>
          {bio.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      )}
    </Container>
  );
};

ExpertView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    title: PropTypes.string.isRequired,
    description: PropTypes.string,
    bio: PropTypes.string,
  }).isRequired,
};

export default ExpertView;

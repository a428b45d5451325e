import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import {
  isFilled,
  paragraphsOf,
  termTitle,
  termTitles,
} from '../../companies/fields';
import CompletenessIndicator from '../../profiles/components/CompletenessIndicator';
import PhotoGallery from '../../profiles/components/PhotoGallery';
import Field from '../../profiles/components/ProfileField';
import Section from '../../profiles/components/ProfileSection';
import RecommendedBadge from '../../profiles/components/RecommendedBadge';
import { galleryImages } from '../../profiles/media';
import VerificationPanel from '../../verification/components/VerificationPanel';
import VerifiedBadge from '../../verification/components/VerifiedBadge';
import messages from '../messages';
import '../../profiles/components/Profile.scss';
import './ExpertView.scss';

/**
 * The page of one Expert: the "Profil vérifié" and "Recommandé par l'OIF"
 * badges, how complete the profile is (for who may edit it), the owner's
 * verification file, what she offers, her biography and her photos. Texts
 * are rendered as text, never as HTML; empty fields are left out.
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
        <RecommendedBadge content={content} />
        {isFilled(content.description) && (
          <p className="documentDescription">{content.description}</p>
        )}
      </header>

      <CompletenessIndicator content={content} />

      <VerificationPanel content={content} />

      <Section
        id="expert-offer"
        title={label('offer')}
        isShown={Object.values(offer).some(isFilled)}
      >
        <dl className="profile-fields">
          {Object.entries(offer).map(([key, value]) => (
            <Field key={key} label={label(key)} value={value} />
          ))}
        </dl>
      </Section>

      <Section id="expert-bio" title={label('bio')} isShown={bio.length > 0}>
        {bio.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </Section>

      <Section
        id="expert-gallery"
        title={label('gallery')}
        isShown={galleryImages(content.items).length > 0}
      >
        <PhotoGallery items={content.items} />
      </Section>
    </Container>
  );
};

ExpertView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    title: PropTypes.string.isRequired,
    description: PropTypes.string,
    bio: PropTypes.string,
    featured: PropTypes.bool,
  }).isRequired,
};

export default ExpertView;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import Image from '@plone/volto/components/theme/Image/Image';
import CompletenessIndicator from '../../profiles/components/CompletenessIndicator';
import PhotoGallery from '../../profiles/components/PhotoGallery';
import Field from '../../profiles/components/ProfileField';
import Section from '../../profiles/components/ProfileSection';
import RecommendedBadge from '../../profiles/components/RecommendedBadge';
import VideoList from '../../profiles/components/VideoList';
import { galleryImages } from '../../profiles/media';
import AssessmentLink from '../../assessment/components/AssessmentLink';
import VerificationPanel from '../../verification/components/VerificationPanel';
import VerifiedBadge from '../../verification/components/VerifiedBadge';
import messages from '../messages';
import {
  fileSizeParts,
  isFilled,
  paragraphsOf,
  safeHttpUrl,
  termTitle,
  termTitles,
} from '../fields';
import '../../profiles/components/Profile.scss';
import './CompanyView.scss';

/** The products, each with its description and HS code when given. */
const ProductList = ({ products, intl }) => (
  <ul className="company-products">
    {products.map((product, index) => (
      <li key={`${product.name}-${index}`}>
        {isFilled(product.name) && <h3>{product.name}</h3>}
        {isFilled(product.description) && <p>{product.description}</p>}
        {isFilled(product.hs_code) && (
          <p className="company-product-hs-code">
            {intl.formatMessage(messages.productHsCode, {
              code: product.hs_code,
            })}
          </p>
        )}
      </li>
    ))}
  </ul>
);

/** The missions, named by the heading `labelledBy` above them. */
const MissionTable = ({ missions, labelledBy, intl }) => (
  <table
    className="ui very basic table company-missions"
    aria-labelledby={labelledBy}
  >
    <thead>
      <tr>
        <th scope="col">{intl.formatMessage(messages.missionYear)}</th>
        <th scope="col">{intl.formatMessage(messages.missionName)}</th>
        <th scope="col">{intl.formatMessage(messages.missionDestination)}</th>
      </tr>
    </thead>
    <tbody>
      {missions.map((mission, index) => (
        <tr key={`${mission.year}-${mission.name}-${index}`}>
          <td>{mission.year}</td>
          <td>{mission.name}</td>
          <td>{mission.destination}</td>
        </tr>
      ))}
    </tbody>
  </table>
);

/** The brochure download link; its text names the file and its size. */
const BrochureLink = ({ brochure, intl }) => {
  const filename = brochure.filename || '';
  let text = intl.formatMessage(messages.brochureLink, { filename });
  if (typeof brochure.size === 'number') {
    const { unit, size } = fileSizeParts(brochure.size);
    text = intl.formatMessage(messages.brochureLinkWithSize, {
      filename,
      size: intl.formatMessage(messages[unit], { size }),
    });
  }
  return <a href={flattenToAppURL(brochure.download)}>{text}</a>;
};

/**
 * The page of one Company: every field the visitor may read, grouped in
 * sections with headings; empty fields and empty sections are left out.
 * Texts are always rendered as text, never as HTML. Keywords (subjects) are
 * left to Volto, which lists them under every page as search links.
 */
const CompanyView = ({ content }) => {
  const intl = useIntl();
  const label = (key) => intl.formatMessage(messages[key]);

  const products = (content.products || []).filter(
    (product) => isFilled(product?.name) || isFilled(product?.description),
  );
  const missions = (content.missions || []).filter((mission) =>
    isFilled(mission?.name),
  );
  const goals = paragraphsOf(content.goals);
  const website = safeHttpUrl(content.website);
  const videos = (content.video_links || []).map(safeHttpUrl).filter(Boolean);
  const hasPhotos = galleryImages(content.items).length > 0;
  const brochure = content.brochure?.download ? content.brochure : null;
  // The backend lists them only to the owner and the OIF team.
  const verificationDocuments = (content.items || []).filter(
    (item) => item['@type'] === 'VerificationDocument',
  );
  const exportShare =
    typeof content.export_share === 'number'
      ? intl.formatNumber(content.export_share / 100, { style: 'percent' })
      : null;

  const business = {
    sectors: termTitles(content.sectors),
    size: termTitle(content.size),
    turnover: termTitle(content.turnover),
    export_share: exportShare,
  };
  const international = {
    experience_level: termTitle(content.experience_level),
    target_markets: termTitles(content.target_markets),
  };

  return (
    <Container id="page-document" className="view-wrapper company-view">
      <header className="company-header">
        {content.logo && (
          <Image
            className="company-logo"
            item={content}
            imageField="logo"
            alt={intl.formatMessage(messages.logoAlt, { title: content.title })}
          />
        )}
        <h1 className="documentFirstHeading">{content.title}</h1>
        <VerifiedBadge content={content} />
        <RecommendedBadge content={content} />
        {isFilled(content.description) && (
          <p className="documentDescription">{content.description}</p>
        )}
      </header>

      <CompletenessIndicator content={content} />

      <AssessmentLink content={content} />

      <VerificationPanel content={content} />

      <Section id="company-identity" title={label('identity')} isShown>
        <dl className="profile-fields">
          <Field
            label={label('registration_number')}
            value={content.registration_number}
          />
          <Field label={label('country')} value={termTitle(content.country)} />
          <Field label={label('city')} value={content.city} />
        </dl>
      </Section>

      <Section
        id="company-business"
        title={label('business')}
        isShown={Object.values(business).some(isFilled)}
      >
        <dl className="profile-fields">
          {Object.entries(business).map(([key, value]) => (
            <Field key={key} label={label(key)} value={value} />
          ))}
        </dl>
      </Section>

      <Section
        id="company-products"
        title={label('products')}
        isShown={products.length > 0}
      >
        <ProductList products={products} intl={intl} />
      </Section>

      <Section
        id="company-internationalisation"
        title={label('internationalisation')}
        isShown={
          Object.values(international).some(isFilled) ||
          goals.length > 0 ||
          missions.length > 0
        }
      >
        <dl className="profile-fields">
          {Object.entries(international).map(([key, value]) => (
            <Field key={key} label={label(key)} value={value} />
          ))}
        </dl>
        {goals.length > 0 && (
          <>
            <h3>{label('goals')}</h3>
            {goals.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </>
        )}
        {missions.length > 0 && (
          <>
            <h3 id="company-missions">{label('missions')}</h3>
            <MissionTable
              missions={missions}
              labelledBy="company-missions"
              intl={intl}
            />
          </>
        )}
      </Section>

      <Section
        id="company-media"
        title={label('media')}
        isShown={Boolean(website || videos.length || brochure)}
      >
        <dl className="profile-fields">
          {website && (
            <Field
              label={label('website')}
              value={<a href={website}>{website}</a>}
            />
          )}
          {brochure && (
            <Field
              label={label('brochure')}
              value={<BrochureLink brochure={brochure} intl={intl} />}
            />
          )}
        </dl>
        {videos.length > 0 && (
          <>
            <h3>{label('video_links')}</h3>
            <VideoList urls={videos} title={content.title} />
          </>
        )}
      </Section>

      <Section
        id="company-gallery"
        title={label('gallery')}
        isShown={hasPhotos}
      >
        <PhotoGallery items={content.items} />
      </Section>

      <Section
        id="company-verification-documents"
        title={label('verificationDocuments')}
        isShown={verificationDocuments.length > 0}
      >
        <p>{label('verificationDocumentsPrivate')}</p>
        <ul className="company-verification-documents">
          {verificationDocuments.map((item) => (
            <li key={item['@id']}>
              <Link to={flattenToAppURL(item['@id'])}>{item.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
    </Container>
  );
};

CompanyView.propTypes = {
  content: PropTypes.shape({
    '@id': PropTypes.string,
    title: PropTypes.string.isRequired,
    description: PropTypes.string,
  }).isRequired,
};

export default CompanyView;

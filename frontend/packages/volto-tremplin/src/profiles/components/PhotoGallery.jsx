import PropTypes from 'prop-types';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import Image from '@plone/volto/components/theme/Image/Image';
import { isFilled } from '../../companies/fields';
import { galleryImages } from '../media';

/** The URL of the image itself, as uploaded (not a scale). */
const fullImageUrl = (item) => {
  const field = item.image_field || 'image';
  const original = item.image_scales?.[field]?.[0]?.download;
  const base = flattenToAppURL(item['@id']);
  return original ? `${base}/${original}` : `${base}/@@images/${field}`;
};

/**
 * The photos stored in a profile (its Image items), as a list of figures:
 * each image's text alternative is its title, its caption its description,
 * and it links to the full-size image. Images load lazily.
 */
const PhotoGallery = ({ items }) => {
  const images = galleryImages(items);
  if (!images.length) {
    return null;
  }
  return (
    <ul className="profile-gallery">
      {images.map((item) => (
        <li key={item['@id']}>
          <figure>
            <a href={fullImageUrl(item)}>
              <Image
                item={item}
                imageField={item.image_field || 'image'}
                alt={item.title || ''}
                loading="lazy"
                sizes="(max-width: 600px) 100vw, 16rem"
              />
            </a>
            {isFilled(item.description) && (
              <figcaption>{item.description}</figcaption>
            )}
          </figure>
        </li>
      ))}
    </ul>
  );
};

PhotoGallery.propTypes = {
  items: PropTypes.arrayOf(PropTypes.object),
};

export default PhotoGallery;

import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import { hostOf, safeHttpUrl } from '../../companies/fields';
import { videoEmbed } from '../media';
import messages from '../messages';

/**
 * A profile's video links: YouTube and Vimeo videos as embedded players
 * from their privacy-friendly domains (no cookie until played), each frame
 * titled for screen readers and loaded only when scrolled to; any other
 * http(s) link as a plain link; anything else left out.
 */
const VideoList = ({ urls, title }) => {
  const intl = useIntl();
  const videos = (urls || []).map(safeHttpUrl).filter(Boolean);
  if (!videos.length) {
    return null;
  }
  return (
    <ul className="profile-videos">
      {videos.map((url, index) => {
        const embed = videoEmbed(url);
        const number = index + 1;
        return (
          <li key={`${url}-${index}`}>
            {embed ? (
              <div className="profile-video">
                <iframe
                  src={embed.src}
                  title={intl.formatMessage(messages.videoTitle, {
                    number,
                    title,
                    provider: embed.provider,
                  })}
                  loading="lazy"
                  allow="fullscreen; picture-in-picture"
                  allowFullScreen
                  referrerPolicy="strict-origin-when-cross-origin"
                />
              </div>
            ) : (
              <a href={url}>
                {intl.formatMessage(messages.videoLink, {
                  number,
                  host: hostOf(url),
                })}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
};

VideoList.propTypes = {
  urls: PropTypes.arrayOf(PropTypes.string),
  title: PropTypes.string.isRequired,
};

export default VideoList;

import PropTypes from 'prop-types';

/**
 * A titled part of a profile page, a region named by its h2; nothing at all
 * when it has nothing to show.
 */
const ProfileSection = ({ id, title, isShown = true, children }) =>
  isShown ? (
    <section className="profile-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  ) : null;

ProfileSection.propTypes = {
  id: PropTypes.string.isRequired,
  title: PropTypes.node.isRequired,
  isShown: PropTypes.bool,
  children: PropTypes.node,
};

export default ProfileSection;

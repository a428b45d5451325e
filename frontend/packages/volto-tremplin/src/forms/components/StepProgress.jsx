import PropTypes from 'prop-types';
import './StepProgress.scss';

/**
 * Where the member is in a wizard: the list of its steps, the current one
 * marked with aria-current="step" (spec §7.1.4). Not links: a step is only
 * reached through the ones before it.
 */
const StepProgress = ({ label, titles, current, className }) => (
  <nav
    className={['step-progress', className].filter(Boolean).join(' ')}
    aria-label={label}
  >
    <ol>
      {titles.map((title, index) => (
        <li
          key={title}
          aria-current={index === current ? 'step' : undefined}
          className={
            index < current ? 'done' : index === current ? 'current' : undefined
          }
        >
          <span className="step-progress-number" aria-hidden="true">
            {index + 1}
          </span>
          <span className="step-progress-title">{title}</span>
        </li>
      ))}
    </ol>
  </nav>
);

StepProgress.propTypes = {
  label: PropTypes.string.isRequired,
  titles: PropTypes.arrayOf(PropTypes.string).isRequired,
  current: PropTypes.number.isRequired,
  className: PropTypes.string,
};

export default StepProgress;

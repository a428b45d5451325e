import PropTypes from 'prop-types';
import { useIntl } from 'react-intl';
import messages from '../messages';

/**
 * The score of each dimension: a table whose score cells carry a bar (CSS,
 * hidden from screen readers, which read the figure). The chart and the
 * figures are one element: nothing to keep in step, no chart library.
 */
const DimensionTable = ({ dimensions }) => {
  const intl = useIntl();
  return (
    <table className="ui table assessment-table assessment-scores">
      <caption>{intl.formatMessage(messages.chartLabel)}</caption>
      <thead>
        <tr>
          <th scope="col">{intl.formatMessage(messages.colDimension)}</th>
          <th scope="col">{intl.formatMessage(messages.colScore)}</th>
        </tr>
      </thead>
      <tbody>
        {dimensions.map((dimension) => (
          <tr key={dimension.id}>
            <th scope="row">{dimension.title}</th>
            <td>
              {dimension.score === null ? (
                <span className="assessment-not-assessed">
                  {intl.formatMessage(messages.notAssessed)}
                </span>
              ) : (
                <span className="assessment-score">
                  <span className="assessment-bar-track" aria-hidden="true">
                    <span
                      className="assessment-bar"
                      style={{ width: `${dimension.score}%` }}
                    />
                  </span>
                  <span className="assessment-figure">{dimension.score}</span>
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

DimensionTable.propTypes = {
  dimensions: PropTypes.arrayOf(
    PropTypes.shape({
      id: PropTypes.string.isRequired,
      title: PropTypes.string.isRequired,
      score: PropTypes.number,
    }),
  ).isRequired,
};

export default DimensionTable;

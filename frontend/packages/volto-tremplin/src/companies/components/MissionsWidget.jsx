import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import messages from '../messages';
import { missionSchema } from '../rows';
import RowsWidget from './RowsWidget';

const TEXTS = {
  row: messages.missionNumber,
  add: messages.addMission,
  moveUp: messages.moveMissionUp,
  moveDown: messages.moveMissionDown,
  remove: messages.removeMission,
  removed: messages.missionRemoved,
};

/** The economic missions a Company took part in (widget `company_missions`). */
const MissionsWidget = (props) => {
  const intl = useIntl();
  const schema = useMemo(() => missionSchema(intl), [intl]);
  return <RowsWidget {...props} schema={schema} texts={TEXTS} />;
};

export default MissionsWidget;

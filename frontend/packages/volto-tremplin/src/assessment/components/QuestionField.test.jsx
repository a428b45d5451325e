import { useState } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { IntlProvider } from 'react-intl';
import QuestionField from './QuestionField';

const MEANS = {
  id: 'strategy-means',
  type: 'multiple',
  required: true,
  text: 'Quels moyens consacrez-vous à l’export ?',
  help: 'Cochez tout ce qui existe déjà.',
  options: [
    { id: 'budget', label: 'Un budget' },
    { id: 'staff', label: 'Une personne' },
    { id: 'nothing', label: 'Aucun de ces éléments', exclusive: true },
  ],
};
const PLAN = {
  id: 'strategy-plan',
  type: 'single',
  required: false,
  text: 'Disposez-vous d’un plan export écrit ?',
  options: [
    { id: 'none', label: 'Non' },
    { id: 'written', label: 'Oui' },
  ],
};

function Field({ question, error }) {
  const [answer, setAnswer] = useState(undefined);
  return (
    <IntlProvider locale="fr">
      <QuestionField
        question={question}
        answer={answer}
        error={error}
        onChange={setAnswer}
      />
    </IntlProvider>
  );
}

describe('QuestionField', () => {
  it('is a group named by its question, one checkbox per answer', () => {
    render(<Field question={MEANS} error="Choisissez une réponse." />);

    const group = screen.getByRole('group', { name: /Quels moyens/ });
    expect(group).toHaveAccessibleDescription(
      'Cochez tout ce qui existe déjà. Several answers possible. Choisissez une réponse.',
    );
    expect(screen.getAllByRole('checkbox')).toHaveLength(3);
  });

  it('unticks the other answers when “none” is ticked', () => {
    render(<Field question={MEANS} />);

    fireEvent.click(screen.getByLabelText('Un budget'));
    fireEvent.click(screen.getByLabelText('Une personne'));
    expect(screen.getByLabelText('Un budget')).toBeChecked();

    fireEvent.click(screen.getByLabelText('Aucun de ces éléments'));
    expect(screen.getByLabelText('Aucun de ces éléments')).toBeChecked();
    expect(screen.getByLabelText('Un budget')).not.toBeChecked();
    expect(screen.getByLabelText('Une personne')).not.toBeChecked();
  });

  it('offers a single choice as radio buttons', () => {
    render(<Field question={PLAN} />);

    fireEvent.click(screen.getByLabelText('Oui'));
    expect(screen.getByRole('radio', { name: 'Oui' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Non' })).not.toBeChecked();
    expect(screen.queryByText(/answer required/)).toBeNull();
  });
});

import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import DateWidget from './DateWidget';
import DatetimeWidget from './DatetimeWidget';

const store = (locale) => configureStore()({ intl: { locale, messages: {} } });

describe('date view widgets', () => {
  it('show a date field like Volto’s, without moment', () => {
    render(
      <Provider store={store('fr')}>
        <>
          <DateWidget value="2026-11-28" className="start" />
          <DatetimeWidget value="2026-11-28T14:30:00" />
        </>
      </Provider>,
    );

    const day = screen.getByText('28 nov. 2026');
    expect(day).toHaveClass('start', 'date', 'widget');
    expect(screen.getByText('28 nov. 2026, 14:30')).toHaveClass('datetime');
  });

  it('pass the text to a render function, and show nothing without value', () => {
    const { container } = render(
      <Provider store={store('en')}>
        <>
          <DateWidget value="2026-11-28">{(text) => <b>{text}</b>}</DateWidget>
          <DatetimeWidget value={null} />
        </>
      </Provider>,
    );

    expect(container.querySelector('b')).toHaveTextContent('Nov 28, 2026');
    expect(container.querySelectorAll('.widget')).toHaveLength(1);
  });
});

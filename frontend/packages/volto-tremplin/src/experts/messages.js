import { defineMessages } from 'react-intl';

export default defineMessages({
  offer: {
    id: 'experts.offer',
    defaultMessage: 'What the expert offers',
  },
  expertise_areas: {
    id: 'experts.expertise_areas',
    defaultMessage: 'Areas of expertise',
  },
  countries: {
    id: 'experts.countries',
    defaultMessage: 'Countries known well',
  },
  languages: {
    id: 'experts.languages',
    defaultMessage: 'Working languages',
  },
  availability: {
    id: 'experts.availability',
    defaultMessage: 'Availability',
  },
  rates_band: {
    id: 'experts.rates_band',
    defaultMessage: 'Daily rate',
  },
  gallery: {
    id: 'experts.gallery',
    defaultMessage: 'Photos',
  },
  bio: {
    id: 'experts.bio',
    defaultMessage: 'Biography',
  },
});
